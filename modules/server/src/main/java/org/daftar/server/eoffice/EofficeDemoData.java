package org.daftar.server.eoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.efile.NewFile;
import org.daftar.eoffice.item.ItemKind;
import org.daftar.eoffice.movement.Priority;
import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.eoffice.organisation.Section;
import org.daftar.eoffice.receipt.NewReceipt;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;
import org.daftar.server.config.DaftarProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo organisation when {@code daftar.demo-data} is on: Collectorate Sehore (Revenue, Establishment and Dak
 * sections; assistant → OS → Deputy Collector → Additional Collector → Collector) and Tehsils Ashta and Ichhawar, in
 * Hindi and English, with one user per post, a receipt sent to the Revenue assistant and a file with the OS. All demo
 * users share one password: {@code daftar.demo-password}, or a generated one written to
 * {@code <home>/demo-users-password}. Loads once; runs after {@code DemoData}.
 */
@Component
@Order(20)
public class EofficeDemoData implements ApplicationRunner {

    static final String DISTRICT_CODE = "COLL-SEH";
    private static final Logger log = LoggerFactory.getLogger(EofficeDemoData.class);

    private final Eoffice eoffice;
    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final DaftarProperties properties;
    private final String configuredPassword;

    public EofficeDemoData(Eoffice eoffice, UserAccounts users, PasswordEncoder encoder, DaftarProperties properties,
                           @Value("${daftar.demo-password:}") String configuredPassword) {
        this.eoffice = eoffice;
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        Organisation org = eoffice.organisation();
        if (org.offices().stream().anyMatch(o -> o.code().equals(DISTRICT_CODE))) {
            log.info("e-Office demo organisation already present");
            return;
        }
        String password = password();
        String hash = encoder.encode(password);
        Office district = org.createOffice(null, DISTRICT_CODE, "Collectorate Sehore", "कलेक्टर कार्यालय सीहोर",
                "District", "{head}/{serial}/{year}-{section}", false);
        org.addFileHead(district.id(), "A-12011", "Land revenue / भू-राजस्व");
        org.addFileHead(district.id(), "A-22012", "Mutation / नामांतरण");
        org.addFileHead(district.id(), "E-11011", "Establishment / स्थापना");
        Section revenue = org.createSection(district.id(), "Rev", "Revenue Section", "राजस्व शाखा");
        Section establishment = org.createSection(district.id(), "Estt", "Establishment Section", "स्थापना शाखा");
        Section dak = org.createSection(district.id(), "Dak", "Receipt and Dispatch Section", "आवक-जावक शाखा");
        ActingDesk ag2 = desk(revenue, "Assistant Grade-2", "सहायक ग्रेड-2", 10, false, "ag2.rev", "Ramesh Verma", hash);
        ActingDesk os = desk(revenue, "Office Superintendent", "कार्यालय अधीक्षक", 20, false, "os.rev", "Sunita Sharma", hash);
        ActingDesk dc = desk(revenue, "Deputy Collector", "डिप्टी कलेक्टर", 30, true, "dc.rev", "Anil Patel", hash);
        desk(revenue, "Additional Collector", "अपर कलेक्टर", 40, true, "adm", "Meena Joshi", hash);
        desk(revenue, "Collector", "कलेक्टर", 50, true, "collector", "Vikram Singh", hash);
        desk(establishment, "Assistant Grade-3", "सहायक ग्रेड-3", 5, false, "ag3.estt", "Kavita Rai", hash);
        ActingDesk counter = desk(dak, "Receipt Clerk", "आवक लिपिक", 5, false, "dak.clerk", "Mohan Lal", hash);
        for (String[] tehsil : List.of(new String[] {"TEH-ASH", "Tehsil Office Ashta", "तहसील कार्यालय आष्टा", "ashta"},
                new String[] {"TEH-ICH", "Tehsil Office Ichhawar", "तहसील कार्यालय इछावर", "ichhawar"})) {
            Office office = org.createOffice(district.id(), tehsil[0], tehsil[1], tehsil[2], "Tehsil",
                    "{head}/{serial}/{year}-{section}", false);
            Section reader = org.createSection(office.id(), "Rdr", "Reader Section", "रीडर शाखा");
            desk(reader, "Reader", "रीडर", 10, false, "reader." + tehsil[3], "Reader " + tehsil[3], hash);
            desk(reader, "Tehsildar", "तहसीलदार", 30, true, "tehsildar." + tehsil[3], "Tehsildar " + tehsil[3], hash);
        }

        eoffice.dak().generateAndSend(counter, new NewReceipt("ग्राम बिलकिसगंज की भूमि खसरा क्रमांक 118/2 के नामांतरण के संबंध में",
                "Land Records", "Mutation", "तहसीलदार आष्टा", "Tehsildar", "Tehsil Ashta, District Sehore", null,
                "Madhya Pradesh", "Ashta", "466116", null, null, "412/Reader/2026", LocalDate.now().minusDays(3),
                LocalDate.now(), "Hand", "Normal", false, false, true, null, null), null, null, ag2.postId(),
                "कृपया प्रस्तुत करें", Priority.Immediate, LocalDate.now().plusDays(7));
        EFile file = eoffice.files().create(ag2, new NewFile("A-22012", null,
                "सीहोर-आष्टा मार्ग चौड़ीकरण हेतु भू-अर्जन", "Land Acquisition", null, null, "A", null));
        var note = eoffice.notes().add(ag2, file.item().nodeId(),
                "प्रकरण में भू-अर्जन अधिकारी का प्रतिवेदन अपेक्षित है। आदेशार्थ प्रस्तुत।", null);
        eoffice.notes().confirm(ag2, note.id());
        eoffice.movements().send(ag2, file.item().nodeId(), ItemKind.file, os.postId(), "आदेशार्थ", Priority.Normal, null);
        EFile parked = eoffice.files().create(dc, new NewFile("A-12011", null,
                "Revenue recovery: awaiting High Court order", "Revenue Recovery", null, null, "C-5", "Confidential"));
        eoffice.movements().park(dc, parked.item().nodeId(), ItemKind.file, "awaiting High Court order");
        log.info("Loaded the e-Office demo organisation (Sehore, Ashta, Ichhawar); demo users such as ag2.rev, os.rev, "
                + "dc.rev, collector, dak.clerk share the password {}", configuredPassword == null
                || configuredPassword.isBlank() ? "in " + properties.home().resolve("demo-users-password") : "daftar.demo-password");
    }

    private ActingDesk desk(Section section, String en, String hi, int rank, boolean officer, String username,
                            String name, String hash) {
        users.create(new UserAccount(username, name, hash, false, true));
        long post = eoffice.organisation().createPost(section.id(), en, hi, rank, officer).id();
        eoffice.organisation().assign(post, username, true);
        return eoffice.organisation().actingDesk(username, post);
    }

    private String password() {
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            return configuredPassword;
        }
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Path file = properties.home().resolve("demo-users-password");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo users' password to " + file, e);
        }
        return password.toString();
    }
}

package org.daftar.eoffice;

import org.daftar.eoffice.organisation.Office;
import org.daftar.eoffice.organisation.Organisation;
import org.daftar.eoffice.organisation.Section;
import org.daftar.repository.user.UserAccount;
import org.daftar.repository.user.UserAccounts;

/**
 * A small Collectorate Sehore for tests: the Revenue section's chain assistant → OS → Deputy Collector → Additional
 * Collector → Collector, an Establishment clerk (same office, other section) and a Tehsil Ashta reader (another
 * office), each post held by its own user.
 */
record SehoreOffice(Office district, Office tehsil, Section revenue, ActingDesk assistant, ActingDesk os,
                    ActingDesk deputy, ActingDesk additional, ActingDesk collector, ActingDesk clerk,
                    ActingDesk tehsilReader) {

    static SehoreOffice create(Organisation org, UserAccounts users, String suffix) {
        Office district = org.createOffice(null, "COLL-SEH" + suffix, "Collectorate Sehore", "कलेक्टर कार्यालय सीहोर",
                "District", "{head}/{serial}/{year}-{section}", false);
        Office tehsil = org.createOffice(district.id(), "TEH-ASH" + suffix, "Tehsil Ashta", "तहसील आष्टा", "Tehsil",
                null, false);
        Section revenue = org.createSection(district.id(), "Rev", "Revenue Section", "राजस्व शाखा");
        Section establishment = org.createSection(district.id(), "Estt", "Establishment Section", "स्थापना शाखा");
        Section reader = org.createSection(tehsil.id(), "Rdr", "Reader Section", "रीडर शाखा");
        return new SehoreOffice(district, tehsil, revenue,
                desk(org, users, revenue.id(), "Assistant Grade-2", "सहायक ग्रेड-2", 10, false, "ag2" + suffix),
                desk(org, users, revenue.id(), "Office Superintendent", "कार्यालय अधीक्षक", 20, false, "os" + suffix),
                desk(org, users, revenue.id(), "Deputy Collector", "डिप्टी कलेक्टर", 30, true, "dc" + suffix),
                desk(org, users, revenue.id(), "Additional Collector", "अपर कलेक्टर", 40, true, "adm" + suffix),
                desk(org, users, revenue.id(), "Collector", "कलेक्टर", 50, true, "collector" + suffix),
                desk(org, users, establishment.id(), "Assistant Grade-3", "सहायक ग्रेड-3", 5, false, "clerk" + suffix),
                desk(org, users, reader.id(), "Reader", "रीडर", 10, false, "reader" + suffix));
    }

    private static ActingDesk desk(Organisation org, UserAccounts users, long sectionId, String en, String hi, int rank,
                                   boolean officer, String username) {
        users.create(new UserAccount(username, en, "{noop}not-a-real-password-hash", false, true));
        long post = org.createPost(sectionId, en, hi, rank, officer).id();
        org.assign(post, username, true);
        return org.actingDesk(username, post);
    }
}

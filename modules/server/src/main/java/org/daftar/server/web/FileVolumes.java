package org.daftar.server.web;

import java.util.List;
import java.util.UUID;
import org.daftar.eoffice.ActingDesk;
import org.daftar.eoffice.Eoffice;
import org.daftar.eoffice.efile.EFile;
import org.daftar.eoffice.item.Item;
import org.daftar.eoffice.item.ItemStatus;
import org.daftar.eoffice.numbering.FileNumber;

/**
 * What a file's page shows about its volumes and part files — which volume it is, the main file of a part file, the
 * other volumes and parts the reader may read — and which of the two opening buttons the acting desk gets. The
 * buttons mirror the e-Office rules (the service still decides): the next volume is opened by the desk holding the
 * latest volume; a part file by any desk that may read the main file, so it can work on the subject meanwhile.
 *
 * @param volume        the volume written in the number (1 without a suffix)
 * @param part          the part written in the number (0 for a main file)
 * @param partOfNumber  for a part file, the number of the file it is a part of
 * @param partOfId      that file, when the reader may read it (else the number is shown without a link)
 * @param others        the other volumes and part files, in the order they were opened
 */
public record FileVolumes(int volume, int part, String partOfNumber, UUID partOfId, List<Other> others,
                          boolean canOpenVolume, boolean canOpenPart) {

    /** Another volume or part file of the same file. */
    public record Other(Item item, int volume, int part) {
    }

    /** The volumes of {@code file} for {@code desk} ({@code null} when the user holds no post). */
    static FileVolumes of(Eoffice eoffice, String username, EFile file, ActingDesk desk) {
        Item item = file.item();
        List<Other> others = eoffice.files().volumesAndParts(username, item.nodeId()).stream()
                .map(o -> new Other(o, FileNumber.volumeOf(o.number()), FileNumber.partOf(o.number())))
                .toList();
        Object partOf = file.node().properties().get("eo:partOfFileNumber");
        String partOfNumber = partOf == null ? null : partOf.toString();
        UUID partOfId = others.stream().filter(o -> o.item().number().equals(partOfNumber))
                .map(o -> o.item().nodeId()).findFirst().orElse(null);
        int volume = FileNumber.volumeOf(item.number());
        boolean open = desk != null && partOfNumber == null && item.status() instanceof ItemStatus.Active;
        boolean latest = others.stream().noneMatch(o -> o.part() == 0 && o.volume() > volume);
        return new FileVolumes(volume, FileNumber.partOf(item.number()), partOfNumber, partOfId, others,
                open && latest && item.holderPost() == desk.postId(), open);
    }
}

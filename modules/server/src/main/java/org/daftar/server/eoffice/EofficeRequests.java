package org.daftar.server.eoffice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the e-Office API. */
final class EofficeRequests {

    private EofficeRequests() {
    }

    record NewOffice(Long parentId, String code, String nameEn, String nameHi, String level, String fileScheme,
                     Boolean freeNumbers) {
    }

    record NewSection(String code, String nameEn, String nameHi) {
    }

    record NewPost(String designationEn, String designationHi, Integer rank, Boolean officer) {
    }

    record Assign(String username, Boolean makeDefault) {
    }

    record NewHead(String code, String description) {
    }

    record NoteText(String text, List<String> correspondence) {
    }

    record PutInFile(UUID receiptId, Integer pages) {
    }

    record NewDraft(String subject, String addressee, String text, UUID replyTo) {
    }

    record DraftText(String text) {
    }

    record Issue(String mode) {
    }

    /** A send: to which post, with what remarks, priority ({@code Normal}, {@code Immediate}, {@code Most Immediate}) and due date. */
    record Send(Long toPostId, String remarks, String priority, LocalDate dueDate) {
    }

    record Remarks(String remarks) {
    }
}

package org.daftar.eoffice.efile;

/**
 * What a desk gives to open a file.
 *
 * @param head              functional head, e.g. {@code A-12011} (when the office's scheme has {@code {head}})
 * @param number            a free-form number for a legacy file (only where the office allows it), else {@code null}
 * @param form              {@code Electronic} (default) or {@code Physical}
 * @param retentionCategory {@code A}, {@code B} or {@code C-n}
 * @param grading           {@code Normal} (default), {@code Confidential} or {@code Secret}
 */
public record NewFile(String head, String number, String subject, String category, String subCategory, String form,
                      String retentionCategory, String grading) {
}

package org.daftar.ocr.input;

/**
 * A scan that asks more of the server than its budget ({@link InputLimits}) allows: too many pages, pixels,
 * drawing instructions, structure depth or time. Refused at upload, or the OCR job fails with this message;
 * retrying would only spend the budget again.
 */
public class OverBudgetException extends UnreadableScanException {

    public OverBudgetException(String message) {
        super(message);
    }

    public OverBudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.daftar.ocr.input;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts one page's text and tells a born-digital layer (visible glyphs) from an earlier OCR layer (all glyphs
 * drawn invisibly, text render mode 3, as OCR tools write them).
 */
final class TextLayerReader extends PDFTextStripper {

    private int visible;
    private int invisible;
    private PageBudget budget;

    TextLayer read(PDDocument document, int page, PageBudget budget) {
        this.budget = budget;
        visible = 0;
        invisible = 0;
        setStartPage(page);
        setEndPage(page);
        setSortByPosition(true);
        StringWriter out = new StringWriter();
        try {
            writeText(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            return TextLayer.NONE;
        }
        return new TextLayer(text, visible == 0 && invisible > 0 ? TextLayer.Kind.INVISIBLE_OCR : TextLayer.Kind.VISIBLE);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            invisible++;
        } else {
            visible++;
        }
        super.showText(string);
    }
}

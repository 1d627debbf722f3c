package org.daftar.ocr.input;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/** PDFBox's renderer with every drawing operator counted against the page's {@link PageBudget}. */
final class BudgetedRenderer extends PDFRenderer {

    private PageBudget budget;

    BudgetedRenderer(PDDocument document) {
        super(document);
    }

    /** Sets the budget of the page about to be rendered. */
    void budget(PageBudget budget) {
        this.budget = budget;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        PageBudget pageBudget = budget;
        return new PageDrawer(parameters) {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if (pageBudget != null) {
                    pageBudget.operator();
                }
                super.processOperator(operator, operands);
            }
        };
    }
}

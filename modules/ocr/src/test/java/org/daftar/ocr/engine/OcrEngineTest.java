package org.daftar.ocr.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.daftar.ocr.testing.TestScans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OcrEngineTest {

    static OcrEngine engine;

    @BeforeAll
    static void start() {
        engine = new OcrEngine(EngineSettings.defaults());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void thePinnedTess4jLoadsTheSystemTesseract5() {
        assertThat(OcrEngine.tesseractVersion()).startsWith("5.");
    }

    @Test
    void readsAnEnglishPageWithFileNumberDigitsIntact() {
        var page = TestScans.page(List.of("File No. A-12011/4/2019-Ad.I", "Subject: Record room digitization"), 0, 0);
        PageReading reading = engine.read(page, TestScans.DPI, "eng+hin");
        assertThat(reading.text()).contains("A-12011/4/2019").contains("Record room");
        assertThat(reading.confidence()).isGreaterThan(60);
        assertThat(reading.hocr()).contains("ocrx_word").contains("x_wconf");
    }

    @Test
    void readsAHindiPageAsRealUnicode() {
        var page = TestScans.page(List.of("कार्यालय कलेक्टर जिला रायसेन", "तहसीलदार नामांतरण प्रकरण"), 0, 0);
        PageReading reading = engine.read(page, TestScans.DPI, "eng+hin");
        assertThat(reading.text()).contains("कार्यालय").contains("रायसेन").contains("तहसीलदार");
    }

    @Test
    void theTextLayerPdfCarriesTheSameTextSearchably() throws IOException {
        var page = TestScans.page(List.of("कार्यालय कलेक्टर जिला रायसेन", "Circular No. 1147/2025"), 0, 0);
        PageReading reading = engine.read(page, TestScans.DPI, "eng+hin");
        try (var pdf = Loader.loadPDF(reading.textLayer())) {
            String extracted = new PDFTextStripper().getText(pdf);
            assertThat(extracted).contains("रायसेन").contains("1147/2025");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(page.getWidth() * 72f / 300, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void aReadingPastItsTimeLimitIsStoppedByTesseractAndTheEngineReadsTheNextPageNormally() {
        var page = TestScans.page(java.util.Collections.nCopies(20, "Order sheet of the revenue court 1998"), 0, 0);
        assertThatThrownBy(() -> engine.read(page, TestScans.DPI, "eng", java.time.Duration.ofMillis(1)))
                .isInstanceOf(OcrTimeoutException.class).hasMessageContaining("stopped after 1 ms");
        PageReading reading = engine.read(page, TestScans.DPI, "eng", java.time.Duration.ofMinutes(1));
        assertThat(reading.text()).contains("Order sheet of the").contains("revenue court 1998");
    }

    @Test
    void anUnknownLanguageIsRefusedWithThePackageToInstall() {
        var page = TestScans.page(List.of("x"), 0, 0);
        assertThatThrownBy(() -> engine.read(page, TestScans.DPI, "xyz"))
                .isInstanceOf(OcrEngineException.class).hasMessageContaining("tesseract-ocr-<lang>");
    }
}

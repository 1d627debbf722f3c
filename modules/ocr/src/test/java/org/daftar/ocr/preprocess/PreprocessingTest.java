package org.daftar.ocr.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.PageImage;
import org.daftar.ocr.testing.TestScans;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PreprocessingTest {

    static final List<String> TEXT = List.of(
            "The Collector has directed that all pending revenue cases",
            "of the record room be scanned and indexed before March.",
            "Category A and B files and files in pending court cases",
            "are to be taken up first, followed by category C files.",
            "Each physical file keeps its legacy number and location,",
            "the room, rack, shelf and box where it is kept.");

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
    void uprightTurnsAPageScannedUpsideDownBackAndItReadsAgain() {
        BufferedImage upsideDown = Rotations.quarterTurns(TestScans.page(TEXT, 0, 0), 180);
        PageImage fixed = new Upright().apply(new PageImage(upsideDown, 300, false), engine);
        assertThat(fixed.geometryChanged()).isTrue();
        assertThat(engine.read(fixed.image(), 300, "eng").text()).contains("pending revenue cases");
    }

    @Test
    void aPageScannedUpsideDownIsTurnedUprightWhenItFirstReadsBadly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path png = TestScans.png(dir.resolve("upside-down.png"), Rotations.quarterTurns(TestScans.page(TEXT, 0, 0), 180));
        var work = new org.daftar.ocr.queue.PageWork(Preprocessing.defaults());
        try (var pages = new org.daftar.ocr.input.ScanReader(org.daftar.ocr.input.InputLimits.defaults()).open(png, "upside-down.png")) {
            var result = work.read(pages, 1, org.daftar.ocr.queue.OcrMode.SKIP, "eng", engine);
            assertThat(result.text()).contains("pending revenue cases");
            assertThat(result.pageImage()).as("the turned image is shown in the searchable PDF").isNotNull();
        }
    }

    @Test
    void uprightLeavesAnUprightPageAlone() {
        PageImage page = new PageImage(TestScans.page(TEXT, 0, 0), 300, false);
        assertThat(new Upright().apply(page, engine)).isSameAs(page);
    }

    @Test
    void deskewStraightensAPageScannedAskewButLeavesAStraightOneAlone() {
        PageImage skewed = new PageImage(TestScans.page(TEXT, 2.0, 0), 300, false);
        assertThat(new Deskew().apply(skewed, engine).geometryChanged()).isTrue();
        PageImage straight = new PageImage(TestScans.page(TEXT, 0, 0), 300, false);
        assertThat(new Deskew().apply(straight, engine)).isSameAs(straight);
    }

    @Test
    void despeckleRemovesLonePixelsButKeepsStrokes() {
        BufferedImage image = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY);
        var raster = image.getRaster();
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                raster.setSample(x, y, 0, 255);
            }
        }
        raster.setSample(10, 10, 0, 0);
        raster.setSample(30, 40, 0, 0);
        for (int x = 5; x < 45; x++) {
            for (int y = 20; y < 23; y++) {
                raster.setSample(x, y, 0, 0);
            }
        }
        BufferedImage clean = Despeckle.median(image);
        assertThat(clean.getRaster().getSample(10, 10, 0)).isEqualTo(255);
        assertThat(clean.getRaster().getSample(30, 40, 0)).isEqualTo(255);
        assertThat(clean.getRaster().getSample(25, 21, 0)).isZero();
    }
}

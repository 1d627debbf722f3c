package org.daftar.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.imageio.ImageIO;
import org.daftar.ocr.engine.EngineSettings;
import org.daftar.ocr.engine.OcrEngine;
import org.daftar.ocr.input.InputLimits;
import org.daftar.ocr.input.ScanPages;
import org.daftar.ocr.input.ScanReader;
import org.daftar.ocr.pdf.SearchablePdf;
import org.daftar.ocr.preprocess.Preprocessing;
import org.daftar.ocr.queue.OcrMode;
import org.daftar.ocr.queue.PageResult;
import org.daftar.ocr.queue.PageWork;

/**
 * {@code scripts/bench ocr PDFS…}: the same pages read by the {@code tesseract} command, one page at a time on one
 * thread (the baseline), and by Daftar's page pipeline (render, preprocess, OCR, text layer, searchable PDF) on all
 * cores; prints seconds/page, pages/min, the ratio to cores × the CLI rate, and CER/WER against the ground truth
 * ({@code <pdf>.page-N.txt}, as {@code ScanSim} writes it) for both, per group (a file whose name contains
 * {@code heavy} or {@code light} is in that group).
 *
 * <p>Options: {@code --languages eng+hin}, {@code --threads N} (default: cores), {@code --ablation} (also CER of each
 * preprocessing step alone and of {@code hin+eng}, for docs/ocr.md).
 */
final class OcrBench {

    private OcrBench() {
    }

    record Page(Path pdf, int number, String truth, String group) {
        String label() {
            return pdf.getFileName() + "#" + number;
        }
    }

    record Variant(String name, Preprocessing preprocessing, boolean sauvola, String languages) {
    }

    static int run(String[] args) {
        String languages = "eng+hin";
        int threads = Runtime.getRuntime().availableProcessors();
        boolean ablation = false;
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--languages" -> languages = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--ablation" -> ablation = true;
                default -> pdfs.add(Path.of(args[i]));
            }
        }
        if (pdfs.isEmpty()) {
            System.err.println("usage: scripts/bench ocr [--languages eng+hin] [--threads N] [--ablation] PDF...");
            System.err.println("  ground truth per page is read from <pdf>.page-N.txt (java ScanSim.java writes it)");
            return 2;
        }
        for (Path pdf : pdfs) {
            if (!Files.isRegularFile(pdf)) {
                System.err.println("scripts/bench ocr: no such file: " + pdf);
                return 2;
            }
        }
        try {
            return measure(pdfs, languages, threads, ablation);
        } catch (IOException e) {
            System.err.println("scripts/bench ocr: " + e.getMessage());
            return 1;
        }
    }

    private static int measure(List<Path> pdfs, String languages, int threads, boolean ablation) throws IOException {
        ScanReader reader = new ScanReader(InputLimits.defaults());
        List<Page> pages = new ArrayList<>();
        Path work = Files.createTempDirectory("daftar-ocr-bench");
        Map<Page, Path> images = new LinkedHashMap<>();
        for (Path pdf : pdfs) {
            try (ScanPages scan = reader.open(pdf, pdf.getFileName().toString())) {
                for (int n = 1; n <= scan.count(); n++) {
                    Path truthFile = pdf.resolveSibling(pdf.getFileName() + ".page-" + n + ".txt");
                    String truth = Files.isRegularFile(truthFile) ? Files.readString(truthFile, StandardCharsets.UTF_8) : null;
                    String name = pdf.getFileName().toString().toLowerCase(Locale.ROOT);
                    Page page = new Page(pdf, n, truth, name.contains("heavy") ? "heavy" : name.contains("light") ? "light" : "all");
                    pages.add(page);
                    BufferedImage image = scan.image(n).image();
                    Path png = work.resolve(pages.size() + ".png");
                    ImageIO.write(image, "png", png.toFile());
                    images.put(page, png);
                }
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("OCR benchmark: %d page(s) from %d PDF(s), languages %s, %d core(s), %d worker thread(s), Tesseract %s%n%n",
                pages.size(), pdfs.size(), languages, cores, threads, OcrEngine.tesseractVersion());

        // Baseline: the tesseract command, one page at a time, one OpenMP thread (as the CLI is best run in batch).
        Map<Page, String> cliText = new LinkedHashMap<>();
        double cliCpu = 0;
        long cliStart = System.nanoTime();
        for (Page page : pages) {
            CliResult result = tesseractCli(images.get(page), languages);
            cliText.put(page, result.text());
            cliCpu += result.cpuSeconds();
        }
        double cliSeconds = (System.nanoTime() - cliStart) / 1e9;
        double cliSecondsPerPage = cliSeconds / pages.size();

        Variant standard = new Variant("default", Preprocessing.defaults(), EngineSettings.defaults().adaptiveThreshold(),
                languages);
        Run ours = pipeline(pages, standard, threads, reader, true);
        double oursPerMinute = pages.size() / ours.seconds() * 60;
        double cliPerMinuteAllCores = cores * 60 / cliSecondsPerPage;

        System.out.printf("tesseract CLI, 1 thread : %6.2f s/page  = %6.1f pages/min (x %d cores = %.1f pages/min)%n",
                cliSecondsPerPage, 60 / cliSecondsPerPage, cores, cliPerMinuteAllCores);
        System.out.printf("Daftar pipeline, %d thr : %6.2f s/page  = %6.1f pages/min (render, preprocess, OCR, text layer, searchable PDF)%n",
                threads, ours.seconds() / pages.size(), oursPerMinute);
        System.out.printf("ratio to cores x CLI rate: %.2f  (target >= 0.9)%n", oursPerMinute / cliPerMinuteAllCores);
        System.out.printf("CPU time per page      : CLI %.2f s, Daftar %.2f s; CLI/Daftar = %.2f (the ratio above on an idle"
                + " machine; wall times suffer from other load: load average %.1f on %d cores)%n%n",
                cliCpu / pages.size(), ours.cpuSeconds() / pages.size(), cliCpu / ours.cpuSeconds(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);

        System.out.println("accuracy against ground truth (CER = character error rate, WER = word error rate):");
        System.out.printf("  %-7s %6s  %-10s %-10s  %-10s %-10s  %s%n", "group", "pages", "CLI CER", "CLI WER", "our CER",
                "our WER", "our CER / CLI CER");
        for (String group : groups(pages)) {
            List<Page> in = pages.stream().filter(p -> p.truth() != null && (group.equals("total") || p.group().equals(group))).toList();
            if (in.isEmpty()) {
                continue;
            }
            TextAccuracy.Errors cliC = sum(in, p -> TextAccuracy.characters(p.truth(), cliText.get(p)));
            TextAccuracy.Errors cliW = sum(in, p -> TextAccuracy.words(p.truth(), cliText.get(p)));
            TextAccuracy.Errors ourC = sum(in, p -> TextAccuracy.characters(p.truth(), ours.text().get(p)));
            TextAccuracy.Errors ourW = sum(in, p -> TextAccuracy.words(p.truth(), ours.text().get(p)));
            System.out.printf("  %-7s %6d  %-10s %-10s  %-10s %-10s  %.2f%n", group, in.size(), pct(cliC), pct(cliW),
                    pct(ourC), pct(ourW), cliC.rate() == 0 ? Double.NaN : ourC.rate() / cliC.rate());
        }
        if (pages.stream().anyMatch(p -> p.truth() == null)) {
            System.out.println("  (pages without a .page-N.txt file have no accuracy figures)");
        }
        if (ablation) {
            ablation(pages, languages, threads, reader);
        }
        return 0;
    }

    private static void ablation(List<Page> pages, String languages, int threads, ScanReader reader) {
        String other = languages.contains("+") ? String.join("+", reversed(languages.split("\\+"))) : languages;
        List<Variant> variants = List.of(
                new Variant("no preprocessing (Otsu)", Preprocessing.none(), false, languages),
                new Variant("+ adaptive binarization", Preprocessing.none(), true, languages),
                new Variant("+ despeckle", new Preprocessing(false, false, true), false, languages),
                new Variant("+ deskew", new Preprocessing(false, true, false), false, languages),
                new Variant("+ upright", new Preprocessing(true, false, false), false, languages),
                new Variant("despeckle + deskew", new Preprocessing(false, true, true), false, languages),
                new Variant("despeckle + adaptive", new Preprocessing(false, false, true), true, languages),
                new Variant("despeckle+deskew+adaptive", new Preprocessing(false, true, true), true, languages),
                new Variant("all four steps", new Preprocessing(true, true, true), true, languages),
                new Variant("default (upright+despeckle)", Preprocessing.defaults(),
                        EngineSettings.defaults().adaptiveThreshold(), languages),
                new Variant("default, " + other, Preprocessing.defaults(),
                        EngineSettings.defaults().adaptiveThreshold(), other));
        System.out.printf("%npreprocessing and language order (CER by group; CPU s/page; %d thread(s)):%n", threads);
        List<String> groups = groups(pages);
        StringBuilder header = new StringBuilder(String.format("  %-28s", "variant"));
        groups.forEach(g -> header.append(String.format(" %-9s", g)));
        System.out.println(header.append(" CPU s/page"));
        for (Variant variant : variants) {
            Run run = pipeline(pages, variant, threads, reader, false);
            StringBuilder row = new StringBuilder(String.format("  %-28s", variant.name()));
            for (String group : groups) {
                List<Page> in = pages.stream().filter(p -> p.truth() != null && (group.equals("total") || p.group().equals(group))).toList();
                row.append(String.format(" %-9s", in.isEmpty() ? "-" : pct(sum(in, p -> TextAccuracy.characters(p.truth(), run.text().get(p))))));
            }
            System.out.println(row.append(String.format(" %.2f", run.cpuSeconds() / pages.size())));
        }
    }

    private static String[] reversed(String[] parts) {
        List<String> list = new ArrayList<>(List.of(parts));
        java.util.Collections.reverse(list);
        return list.toArray(String[]::new);
    }

    private static List<String> groups(List<Page> pages) {
        List<String> groups = new ArrayList<>(pages.stream().map(Page::group).distinct().sorted().toList());
        if (groups.size() > 1) {
            groups.add("total");
        }
        return groups;
    }

    record Run(double seconds, double cpuSeconds, Map<Page, String> text) {
    }

    /** Reads every page with {@code threads} workers, each with its own warmed-up engine; optionally writes the PDFs. */
    private static Run pipeline(List<Page> pages, Variant variant, int threads, ScanReader reader, boolean writePdfs) {
        EngineSettings settings = new EngineSettings(EngineSettings.systemTessdata(), variant.sauvola());
        PageWork work = new PageWork(variant.preprocessing());
        Map<Page, PageResult> results = new ConcurrentHashMap<>();
        List<OcrEngine> engines = new ArrayList<>();
        BufferedImage warm = new BufferedImage(400, 100, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < threads; i++) {
            OcrEngine engine = new OcrEngine(settings);
            engine.read(warm, 300, variant.languages());
            if (variant.preprocessing().upright()) {
                engine.uprightRotation(warm, 300);
            }
            engines.add(engine);
        }
        ConcurrentLinkedQueue<Page> queue = new ConcurrentLinkedQueue<>(pages);
        java.util.concurrent.atomic.DoubleAdder cpu = new java.util.concurrent.atomic.DoubleAdder();
        var threadsBean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (OcrEngine engine : engines) {
            workers.add(Thread.ofPlatform().start(() -> {
                long cpuStart = threadsBean.getCurrentThreadCpuTime();
                for (Page page; (page = queue.poll()) != null; ) {
                    try (ScanPages scan = reader.open(page.pdf(), page.pdf().getFileName().toString())) {
                        results.put(page, work.read(scan, page.number(), OcrMode.FORCE, variant.languages(), engine));
                    }
                }
                cpu.add((threadsBean.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            }));
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (writePdfs) {
            long cpuStart = threadsBean.getCurrentThreadCpuTime();
            writeSearchablePdfs(pages, results, reader);
            cpu.add((threadsBean.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        engines.forEach(OcrEngine::close);
        Map<Page, String> text = new LinkedHashMap<>();
        pages.forEach(p -> text.put(p, results.get(p).text()));
        return new Run(seconds, cpu.sum(), text);
    }

    private static void writeSearchablePdfs(List<Page> pages, Map<Page, PageResult> results, ScanReader reader) {
        for (Path pdf : pages.stream().map(Page::pdf).distinct().toList()) {
            List<PageResult> ofPdf = pages.stream().filter(p -> p.pdf().equals(pdf)).map(results::get).toList();
            try (ScanPages scan = reader.open(pdf, pdf.getFileName().toString())) {
                Path out = Files.createTempFile("daftar-bench", ".pdf");
                new SearchablePdf().write(scan, pdf, ofPdf, out);
                Files.delete(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record CliResult(String text, double cpuSeconds) {
    }

    /** Runs the tesseract command; its CPU time comes from the shell's {@code times} (children's user + system). */
    private static CliResult tesseractCli(Path png, String languages) throws IOException {
        Path err = Files.createTempFile("tesseract", ".err");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "tesseract \"$1\" stdout -l \"$2\" 2>/dev/null; s=$?; times >&2; exit $s", "_", png.toString(), languages)
                .redirectError(err.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException("tesseract failed on " + png + " (is tesseract-ocr installed?)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        List<String> lines = Files.readAllLines(err);
        Files.delete(err);
        double cpu = 0;
        for (String part : lines.getLast().trim().split("\\s+")) {
            var m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(part);
            if (m.matches()) {
                cpu += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
            }
        }
        return new CliResult(text, cpu);
    }

    private static TextAccuracy.Errors sum(List<Page> pages, java.util.function.Function<Page, TextAccuracy.Errors> f) {
        return pages.stream().map(f).reduce(new TextAccuracy.Errors(0, 0), TextAccuracy.Errors::plus);
    }

    private static String pct(TextAccuracy.Errors errors) {
        return String.format("%.1f%%", errors.rate() * 100);
    }
}

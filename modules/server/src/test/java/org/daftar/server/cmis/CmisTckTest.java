package org.daftar.server.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.tck.CmisTest;
import org.apache.chemistry.opencmis.tck.CmisTestGroup;
import org.apache.chemistry.opencmis.tck.CmisTestProgressMonitor;
import org.apache.chemistry.opencmis.tck.CmisTestResult;
import org.apache.chemistry.opencmis.tck.CmisTestResultStatus;
import org.apache.chemistry.opencmis.tck.runner.AbstractRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the OpenCMIS TCK (all default groups) against the live endpoint for each binding: no FAILURE and no
 * UNEXPECTED_EXCEPTION. Warnings are written to {@code target/cmis-tck-<binding>.txt} and explained in docs/cmis.md.
 */
class CmisTckTest extends CmisTestBase {

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    void theTckFindsNoFailuresOverTheBinding(BindingType binding) throws Exception {
        Runner runner = new Runner();
        Map<String, String> parameters = sessionParameters(binding, "admin", ADMIN_PASSWORD);
        parameters.put("org.apache.chemistry.opencmis.tck.default.folderType", "cmis:folder");
        parameters.put("org.apache.chemistry.opencmis.tck.default.documentType", "cmis:document");
        // the TCK's default secondary type is the abstract base cmis:secondary; attach a real aspect instead
        parameters.put("org.apache.chemistry.opencmis.tck.default.secondaryType", "P:cm:author");
        runner.setParameters(parameters);
        runner.loadDefaultTckGroups();
        long start = System.nanoTime();
        runner.run(new Silent());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        List<String> problems = new ArrayList<>();
        List<String> report = new ArrayList<>();
        report.add("TCK over " + binding.value() + " took " + seconds + " s");
        for (CmisTestGroup group : runner.getGroups()) {
            for (CmisTest test : group.getTests()) {
                for (CmisTestResult result : test.getResults()) {
                    collect(group.getName() + " / " + test.getName(), result, problems, report);
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "cmis-tck-" + binding.value() + ".txt"), report);
        assertThat(problems).as("TCK failures over " + binding.value()).isEmpty();
    }

    private static void collect(String where, CmisTestResult result, List<String> problems, List<String> report) {
        CmisTestResultStatus status = result.getStatus();
        if (status.getLevel() >= CmisTestResultStatus.WARNING.getLevel()) {
            String line = status + " " + where + ": " + result.getMessage()
                    + (result.getException() == null ? "" : " [" + result.getException() + "]");
            report.add(line);
            if (status == CmisTestResultStatus.FAILURE || status == CmisTestResultStatus.UNEXPECTED_EXCEPTION) {
                problems.add(line);
            }
        }
        for (CmisTestResult child : result.getChildren()) {
            collect(where, child, problems, report);
        }
    }

    private static final class Runner extends AbstractRunner {
    }

    private static final class Silent implements CmisTestProgressMonitor {
        @Override
        public void startGroup(CmisTestGroup group) {
        }

        @Override
        public void endGroup(CmisTestGroup group) {
        }

        @Override
        public void startTest(CmisTest test) {
        }

        @Override
        public void endTest(CmisTest test) {
        }

        @Override
        public void message(String message) {
        }
    }
}

package org.daftar.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read just far enough for static checks: its instructions with continuation lines joined, ARG
 * defaults substituted into FROM, and the sources of COPY.
 */
record DockerfileInstructions(Path file, List<Instruction> instructions) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");

    /** One instruction, e.g. {@code COPY} with its argument text. */
    record Instruction(String keyword, String arguments) {
        List<String> words() {
            return Arrays.stream(arguments.trim().split("\\s+")).toList();
        }
    }

    static DockerfileInstructions read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                String text = current.toString().strip();
                current.setLength(0);
                if (!text.isEmpty()) {
                    int space = text.indexOf(' ');
                    instructions.add(new Instruction(text.substring(0, space).toUpperCase(), text.substring(space + 1)));
                }
            }
        }
        return new DockerfileInstructions(file, instructions);
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** ARG defaults, by name. */
    Map<String, String> argDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Instruction arg : all("ARG")) {
            String[] nameAndValue = arg.arguments().strip().split("=", 2);
            defaults.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        }
        return defaults;
    }

    /** The base image, with ARG defaults substituted. */
    String baseImage() {
        Map<String, String> defaults = argDefaults();
        String image = all("FROM").getFirst().words().getFirst();
        Matcher variable = VARIABLE.matcher(image);
        return variable.replaceAll(m -> Matcher.quoteReplacement(defaults.getOrDefault(m.group(1), m.group())));
    }

    /** Every COPY source, relative to the build context (flags such as --chown dropped). */
    List<String> copySources() {
        List<String> sources = new ArrayList<>();
        for (Instruction copy : all("COPY")) {
            List<String> words = copy.words().stream().filter(w -> !w.startsWith("--")).toList();
            sources.addAll(words.subList(0, words.size() - 1));
        }
        return sources;
    }

    List<String> exposedPorts() {
        return all("EXPOSE").stream().flatMap(e -> e.words().stream()).toList();
    }

    /** Rules of the Dockerfile's own ignore file ({@code <name>.dockerignore} beside it), if it has one. */
    List<String> ignoreRules() {
        Path ignore = file.resolveSibling(file.getFileName() + ".dockerignore");
        if (!Files.exists(ignore)) {
            return List.of();
        }
        try {
            return Files.readAllLines(ignore).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

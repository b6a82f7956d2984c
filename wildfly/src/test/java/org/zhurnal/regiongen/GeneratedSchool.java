package org.zhurnal.regiongen;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The reference school of the small region generated without a database, with what it would COPY. */
record GeneratedSchool(RegionTables tables, List<OpenInvitations.Sample> samples) {

    /** TEST-ONLY personal-data key (the in-container tests' one): base64 of "TEST-ONLY-zhurnal-pii-key-000000". */
    static final String TEST_KEY = "VEVTVC1PTkxZLXpodXJuYWwtcGlpLWtleS0wMDAwMDA=";
    /** Kinds of work with their weights, as the catalogue's codes. */
    static final Map<String, String> WEIGHTS = Map.of("ANSWER", "1.00", "HOMEWORK", "0.50", "INDEPENDENT", "1.00",
            "DICTATION", "2.00", "TEST", "2.00", "LABORATORY", "1.50", "PRACTICAL", "1.50", "ESSAY", "2.00",
            "PROJECT", "1.50");

    static GeneratedSchool of(long seed, LocalDate asOf, String piiKey, int sampleCodes) {
        GeneratorSettings settings = new GeneratorSettings(RegionSize.SMALL, seed, "jdbc:none", "", "", asOf, "24",
                true, piiKey, sampleCodes);
        List<String> subjects = RussianCurriculum.subjects();
        Map<String, Long> subjectIds = IntStream.range(0, subjects.size()).boxed()
                .collect(Collectors.toMap(subjects::get, i -> (long) i + 1));
        Map<String, RegionContext.WorkKind> kinds = new HashMap<>();
        List<String> codes = WEIGHTS.keySet().stream().sorted().toList();
        for (int i = 0; i < codes.size(); i++) {
            kinds.put(codes.get(i), new RegionContext.WorkKind(i + 1, WEIGHTS.get(codes.get(i))));
        }
        RegionContext region = new RegionContext(1, RegionGenerator.REGION_ZONE, List.of(1L), subjectIds, kinds);
        RegionTables tables = new RegionTables();
        SchoolGenerator school = new SchoolGenerator(region, settings, tables, IdSequences.fromOne(), 0);
        school.generate();
        return new GeneratedSchool(tables, school.sampleCodes());
    }

    /** A table's pending rows, split into columns ({@code \N} for null). */
    static List<String[]> rows(CopyTable table) {
        return Arrays.stream(table.pending().split("\n")).filter(line -> !line.isEmpty())
                .map(line -> line.split("\t", -1)).toList();
    }
}

package org.zhurnal.federal.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.federal.persistence.AnalyticsQueries;

/**
 * The nightly export to the regional analytics system (issue 7, part 4): depersonalised aggregates per school,
 * class and subject (see {@link AnalyticsRow}) as {@code zhurnal-analytics-<date>.csv} and {@code .json} in the
 * outbox directory, each written to a temporary file and moved into place, so a re-run for a date replaces that
 * date's files (never a second copy) and the analytics system never sees half a file. Every run is in the
 * exchange log (system {@value #SYSTEM}). The region administrator lists and downloads the files and can re-run
 * a date.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalyticsExports {

    public static final String SYSTEM = "ANALYTICS";
    static final Pattern FILE = Pattern.compile("zhurnal-analytics-(\\d{4}-\\d{2}-\\d{2})\\.(csv|json)");

    @Inject
    AnalyticsQueries queries;

    @Inject
    ExchangeJournal journal;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zhurnal.analytics.outbox")
    Optional<String> outbox;

    @Inject
    @ConfigProperty(name = "zhurnal.analytics.min-marks", defaultValue = "5")
    int minMarks;

    @Inject
    jakarta.persistence.EntityManager em;

    /** The schedule's job: yesterday (in the region's time zone) is exported unless its files are there. */
    public Optional<LocalDate> exportYesterdayIfMissing() {
        LocalDate yesterday = LocalDate.now(clock.withZone(regionZone())).minusDays(1);
        if (Files.exists(file(yesterday, "csv")) && Files.exists(file(yesterday, "json"))) {
            return Optional.empty();
        }
        export(yesterday);
        return Optional.of(yesterday);
    }

    /** Exports the date (again): the date's files are replaced. Returns the number of rows. */
    public int export(LocalDate date) {
        String source = "zhurnal-analytics-" + date;
        long id = journal.begin(SYSTEM, ExchangeJournal.Direction.OUT, "FILE", source);
        try {
            List<AnalyticsRow> rows = queries.rows(date, minMarks);
            write(file(date, "csv"), AnalyticsFormats.csv(date, rows));
            write(file(date, "json"), AnalyticsFormats.json(date, rows));
            journal.finish(id, SYSTEM, null, new ExchangeCounts(rows.size(), rows.size(), 0, 0), false);
            return rows.size();
        } catch (RuntimeException e) {
            journal.fail(id, ExchangeCounts.NONE, "Выгрузка не записана: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int run(Actor actor, String date) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "Укажите дату в виде ГГГГ-ММ-ДД");
        }
        if (!day.isBefore(LocalDate.now(clock.withZone(regionZone())))) {
            throw new InvalidInputException("date", "Выгрузить можно только прошедший день");
        }
        audit.record(actor, AuditAction.EXCHANGE_ANALYTICS_EXPORTED, "analytics:" + day);
        return export(day);
    }

    public List<AnalyticsFile> files(Actor actor) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        Path dir = outboxDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<AnalyticsFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.toList()) {
                Matcher m = FILE.matcher(path.getFileName().toString());
                if (m.matches()) {
                    files.add(new AnalyticsFile(m.group(0), LocalDate.parse(m.group(1)), m.group(2), Files.size(path),
                            Files.getLastModifiedTime(path).toInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(AnalyticsFile::date).reversed().thenComparing(AnalyticsFile::format));
        return files;
    }

    /** The file's content; only names of export files are served (nothing else in or out of the outbox). */
    public byte[] read(Actor actor, String name) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        if (name == null || !FILE.matcher(name).matches() || !Files.isRegularFile(outboxDir().resolve(name))) {
            throw new NotFoundException("Файл выгрузки не найден");
        }
        try {
            return Files.readAllBytes(outboxDir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path outboxDir() {
        return Path.of(outbox.filter(o -> !o.isBlank()).orElseGet(() -> System.getProperty("jboss.server.data.dir",
                System.getProperty("java.io.tmpdir")) + "/analytics-outbox"));
    }

    private Path file(LocalDate date, String format) {
        return outboxDir().resolve("zhurnal-analytics-" + date + "." + format);
    }

    private static void write(Path target, String content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".analytics", ".part");
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZoneId regionZone() {
        List<?> zones = em.createNativeQuery("SELECT time_zone FROM region ORDER BY id LIMIT 1").getResultList();
        return zones.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(zones.get(0).toString());
    }
}

package org.zhurnal.reports.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhurnal.reports.application.DashboardReads.Counts;
import org.zhurnal.reports.application.RegionDashboard.Figures;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/** The region dashboard, for the region administrator only; aggregated figures, no personal data. */
@Stateless
public class RegionDashboardService {

    static final int DAYS = 14;

    @Inject
    DashboardReads reads;

    @Inject
    Clock clock;

    public RegionDashboard dashboard(Actor actor) {
        if (actor == null || !actor.has(Role.REGION_ADMIN)) {
            throw new AccessDeniedException();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), reads.regionZone());
        int schoolYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        LocalDate to = today.minusDays(1);
        LocalDate from = today.minusDays(DAYS);
        Map<Long, Counts> counts = new LinkedHashMap<>();
        reads.counts(today, schoolYear, from, to).forEach(c -> counts.put(c.schoolId(), c));
        Map<String, List<DashboardReads.School>> byMunicipality = new LinkedHashMap<>();
        List<DashboardReads.School> schools = reads.schools();
        schools.forEach(s -> byMunicipality.computeIfAbsent(Objects.toString(s.municipalityId(), ""),
                k -> new ArrayList<>()).add(s));
        List<RegionDashboard.Municipality> municipalities = new ArrayList<>();
        byMunicipality.values().forEach(list -> {
            List<Counts> theirs = list.stream().map(s -> counts.get(s.id())).filter(Objects::nonNull).toList();
            municipalities.add(new RegionDashboard.Municipality(list.get(0).municipalityId(),
                    list.get(0).municipalityName(), Figures.of(theirs), list.stream().map(s -> {
                        Counts c = counts.get(s.id());
                        return new RegionDashboard.School(s.id(), s.name(), c == null ? null : c.period(),
                                Figures.of(c == null ? List.of() : List.of(c)));
                    }).toList()));
        });
        return new RegionDashboard(clock.instant(), from, to, Figures.of(List.copyOf(counts.values())), municipalities);
    }
}

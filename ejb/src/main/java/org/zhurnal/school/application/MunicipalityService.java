package org.zhurnal.school.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.school.domain.Municipalities;
import org.zhurnal.school.domain.Municipality;
import org.zhurnal.school.domain.Region;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/** The region's municipalities, kept by the region administrator. */
@Stateless
public class MunicipalityService {

    static final String DUPLICATE = "Муниципальное образование с таким названием уже есть в регионе";

    @Inject
    CurrentRegion currentRegion;

    @Inject
    Municipalities municipalities;

    @Inject
    SchoolDirectory directory;

    @Inject
    AuditLog audit;

    public List<MunicipalityItem> list(Actor actor) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return currentRegion.find().map(directory::municipalities).orElse(List.of());
    }

    public MunicipalityItem create(Actor actor, String name) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        Region region = currentRegion.obtain();
        Municipality municipality = new Municipality(region, name);
        if (municipalities.existsWithName(region, municipality.name())) {
            throw new ConflictException("name", DUPLICATE);
        }
        municipalities.add(municipality);
        audit.record(actor, AuditAction.MUNICIPALITY_CREATED, municipality.id());
        return new MunicipalityItem(municipality.id(), municipality.name());
    }
}

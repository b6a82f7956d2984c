package org.zhurnal.staffimport.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.zhurnal.staffimport.application.ImportCounts;

/** What an import did: new cards, existing cards with new positions, people already fully on the staff. */
@JsonbPropertyOrder({"created", "updated", "unchanged"})
public record ImportCountsView(int created, int updated, int unchanged) {

    static ImportCountsView of(ImportCounts counts) {
        return new ImportCountsView(counts.created(), counts.updated(), counts.unchanged());
    }
}

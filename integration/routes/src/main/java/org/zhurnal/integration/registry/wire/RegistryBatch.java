package org.zhurnal.integration.registry.wire;

import java.util.List;

/** A file or a pulled page of changes: its message id (the registry's, or a digest of the content) and records. */
public record RegistryBatch(String messageId, List<RegistryRecord> records) {

    public RegistryBatch {
        records = List.copyOf(records);
    }
}

package org.zhurnal.audit.domain;

import java.util.OptionalLong;

/** The outcome of checking the audit chain: how many events are intact and where it breaks, if it does. */
public record ChainCheck(boolean intact, long checkedEvents, OptionalLong firstBrokenSeq) {

    static ChainCheck intact(long checked) {
        return new ChainCheck(true, checked, OptionalLong.empty());
    }

    static ChainCheck brokenAt(long seq, long intactBefore) {
        return new ChainCheck(false, intactBefore, OptionalLong.of(seq));
    }
}

package org.zhurnal.diary.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DiaryPageTest {

    @Test
    void rendersItsValueOnceAndServesTheSameBytesAfterwards() {
        AtomicInteger renders = new AtomicInteger();
        DiaryPage<String> page = new DiaryPage<>("неделя");

        byte[] first = page.rendered(value -> {
            renders.incrementAndGet();
            return ("\"" + value + "\"").getBytes(StandardCharsets.UTF_8);
        });
        byte[] second = page.rendered(value -> {
            renders.incrementAndGet();
            return new byte[0];
        });

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("\"неделя\"");
        assertThat(second).isSameAs(first);
        assertThat(renders).hasValue(1);
        assertThat(page.value()).isEqualTo("неделя");
    }
}

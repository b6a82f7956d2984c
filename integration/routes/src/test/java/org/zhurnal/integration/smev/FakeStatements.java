package org.zhurnal.integration.smev;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.zhurnal.federal.application.ProgressAnswer;
import org.zhurnal.federal.application.ProgressAnswer.MarkItem;
import org.zhurnal.federal.application.ProgressAnswer.Refusal;
import org.zhurnal.federal.application.ProgressAnswer.Statement;
import org.zhurnal.federal.application.ProgressAnswer.SubjectProgress;
import org.zhurnal.federal.application.ProgressRequest;
import org.zhurnal.federal.application.ProgressStatements;
import org.zhurnal.federal.application.StoredAnswer;

/** The progress service in memory: a child whose SNILS is {@link #STRANGER_CHILD} is refused, others answered. */
class FakeStatements extends ProgressStatements {

    static final String STRANGER_CHILD = "112-233-445 95";

    final Map<String, StoredAnswer> stored = new ConcurrentHashMap<>();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger computed = new AtomicInteger();

    @Override
    public StoredAnswer answer(ProgressRequest request, String responseMessageId,
                               Function<ProgressAnswer, String> render) {
        return stored.computeIfAbsent(request.messageId(), id -> {
            computed.incrementAndGet();
            ProgressAnswer answer = STRANGER_CHILD.equals(request.childSnils())
                    ? new ProgressAnswer(id, responseMessageId, null, new Refusal("NOT_AUTHORISED",
                            "Заявитель не является законным представителем обучающегося"))
                    : new ProgressAnswer(id, responseMessageId, new Statement(request.from(), request.to(),
                            List.of(new SubjectProgress("Математика", List.of(
                                    new MarkItem(LocalDate.of(2026, 11, 16), 5, null, "Ответ на уроке"),
                                    new MarkItem(LocalDate.of(2026, 11, 18), 4, 3, "Диктант")),
                                    new BigDecimal("4.00"))), 2, 1, 0), null);
            return new StoredAnswer(responseMessageId, render.apply(answer), answer.refused());
        });
    }

    @Override
    public void acknowledged(String requestMessageId) {
        acknowledged.add(requestMessageId);
    }
}

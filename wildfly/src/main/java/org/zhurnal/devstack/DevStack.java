package org.zhurnal.devstack;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./mvnw -Pdev install}: starts the whole stack with the demo region, prints where to go and who
 * to sign in as, and stops everything on Ctrl-C.
 */
public final class DevStack {

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant begin = Instant.now();
        StackSettings settings = StackSettings.dev(System.getenv(), StackPaths.fromSystemProperties());
        Stack stack = Stack.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Останавливаю Журнал…");
            stack.close();
            stopped.countDown();
        }, "zhurnal-dev-stack-stop"));
        System.out.println(banner(settings, Duration.between(begin, Instant.now())));
        stopped.await();
    }

    static String banner(StackSettings settings, Duration startup) {
        return """

                ==================================================================
                 Журнал запущен за %d с: %s
                 Вход: «Войти через Госуслуги» → выберите человека в симуляторе ЕСИА
                   Соколова Ирина Павловна   — региональный администратор
                   Кузнецов Андрей Сергеевич — администратор журнала
                   Иванова Мария Петровна    — учитель, классный руководитель
                   Петров Сергей Николаевич  — родитель
                   Петрова Анна Сергеевна    — обучающаяся
                   Орлова Наталья Игоревна   — новый родитель (без ролей)
                   Лебедев Олег Дмитриевич   — неподтверждённая учётная запись
                 API: %s/api/v1/me   OpenAPI: %s/openapi   Swagger UI: %s/api-docs/
                 Health: %s   Keycloak: %s   ESIA simulator: %s   WildFly management: %s
                 Реестр контингента (симулятор): %s   его SFTP: sftp://registry@localhost:%d/inbox
                   (пароль в %s)
                 Ctrl-C останавливает всё.
                ==================================================================
                """.formatted(startup.toSeconds(), settings.appUrl(), settings.appUrl(), settings.appUrl(),
                settings.appUrl(), settings.healthUrl(), settings.keycloakUrl(), settings.esiaUrl(),
                "http://localhost:" + settings.managementPort(), settings.registryUrl(), settings.registryPort() + 1,
                settings.workDir().resolve("registry-sftp.password"));
    }
}

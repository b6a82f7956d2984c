package org.zhurnal.simulators.myschool;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where the simulated platform pulls from and with which credentials. From the environment:
 * {@code MYSCHOOL_ZHURNAL_URL} (Zhurnal's base URL), {@code MYSCHOOL_TOKEN_URL} (Keycloak's token endpoint),
 * {@code MYSCHOOL_CLIENT_ID} ({@code myschool-platform}), {@code MYSCHOOL_CLIENT_SECRET} (required: the client's
 * secret as the realm has it), {@code MYSCHOOL_STUDENTS} (ESIA ids, comma-separated).
 */
public record MySchoolPlatformConfig(String zhurnalUrl, String tokenUrl, String clientId, String clientSecret,
                                     List<String> students, Duration timeout) {

    public static final String DEFAULT_CLIENT_ID = "myschool-platform";

    public MySchoolPlatformConfig {
        zhurnalUrl = trim(zhurnalUrl);
        students = List.copyOf(students);
    }

    /** The dev/test stack's platform: Keycloak realm {@code zhurnal} at {@code keycloakUrl}, the client's secret. */
    public static MySchoolPlatformConfig local(String zhurnalUrl, String keycloakUrl, String clientSecret,
                                               List<String> students) {
        return new MySchoolPlatformConfig(zhurnalUrl, trim(keycloakUrl) + "/realms/zhurnal/protocol/openid-connect/token",
                DEFAULT_CLIENT_ID, clientSecret, students, MySchoolPlatformSimulator.defaultTimeout());
    }

    public static MySchoolPlatformConfig fromEnvironment(Map<String, String> env) {
        return new MySchoolPlatformConfig(env.getOrDefault("MYSCHOOL_ZHURNAL_URL", "http://localhost:28080"),
                env.getOrDefault("MYSCHOOL_TOKEN_URL",
                        "http://localhost:28180/realms/zhurnal/protocol/openid-connect/token"),
                env.getOrDefault("MYSCHOOL_CLIENT_ID", DEFAULT_CLIENT_ID),
                required(env, "MYSCHOOL_CLIENT_SECRET"),
                Arrays.stream(env.getOrDefault("MYSCHOOL_STUDENTS", "").split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                MySchoolPlatformSimulator.defaultTimeout());
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the platform client's secret, as the realm has it");
        }
        return value;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

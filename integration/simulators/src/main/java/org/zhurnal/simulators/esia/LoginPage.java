package org.zhurnal.simulators.esia;

import java.util.List;
import java.util.Map;

import static org.zhurnal.simulators.esia.Http.escape;

/**
 * The Russian person-picker page. Contract relied on by browser tests: one {@code <form method="post">}
 * per person whose submit button is named {@code oid}, carries the oid as value and has exactly the
 * person's full name as its text; the hint is a caption next to the button.
 */
final class LoginPage {

    static final String TITLE = "Госуслуги — симулятор ЕСИА";

    private static final String STYLE = """
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
            background:#f1f4f9;color:#0b1f33}
            main{max-width:36rem;margin:0 auto;padding:1.5rem 1rem}
            h1{font-size:1.4rem;margin:0 0 .5rem}
            p.lead{margin:0 0 1.25rem;color:#4b5b6b}
            ul{list-style:none;margin:0;padding:0}
            li{margin:0 0 .75rem}
            form{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem;background:#fff;\
            border-radius:.5rem;padding:.75rem 1rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
            button{font:inherit;font-weight:600;color:#fff;background:#0d4cd3;border:0;border-radius:.4rem;\
            padding:.6rem 1rem;cursor:pointer;min-height:2.75rem}
            button:focus-visible{outline:3px solid #ee8d00;outline-offset:2px}
            .hint{color:#4b5b6b;font-size:.95rem}
            .untrusted .hint{color:#b00020}
            .error{background:#fff;border-left:4px solid #b00020;padding:1rem}
            """;

    private LoginPage() {
    }

    /**
     * @param request the validated authorization request parameters to carry as hidden fields
     */
    static String render(List<EsiaPerson> persons, Map<String, String> request) {
        StringBuilder sb = head(TITLE);
        sb.append("<h1>").append(escape(TITLE)).append("</h1>\n")
          .append("<p class=\"lead\">Тестовый стенд: выберите, от чьего имени войти. Пароль не нужен.</p>\n")
          .append("<ul>\n");
        for (EsiaPerson person : persons) {
            String hintId = "hint-" + person.oid();
            sb.append(person.trusted() ? "<li>" : "<li class=\"untrusted\">").append("<form method=\"post\">\n");
            for (Map.Entry<String, String> field : request.entrySet()) {
                if (field.getValue() != null) {
                    sb.append("<input type=\"hidden\" name=\"").append(escape(field.getKey()))
                      .append("\" value=\"").append(escape(field.getValue())).append("\">\n");
                }
            }
            sb.append("<button type=\"submit\" name=\"oid\" value=\"").append(person.oid())
              .append("\" aria-describedby=\"").append(hintId).append("\">")
              .append(escape(person.fullName())).append("</button>\n")
              .append("<span class=\"hint\" id=\"").append(hintId).append("\">")
              .append(escape(person.hint())).append("</span>\n")
              .append("</form></li>\n");
        }
        return sb.append("</ul>\n").append(tail()).toString();
    }

    /** A page explaining a request that cannot be redirected back (unknown client or redirect URI). */
    static String error(String message) {
        return head(TITLE + " — ошибка")
                .append("<h1>").append(escape(TITLE)).append("</h1>\n")
                .append("<p class=\"error\" role=\"alert\">").append(escape(message)).append("</p>\n")
                .append(tail()).toString();
    }

    /** Shown after a logout without a return address. */
    static String loggedOut() {
        return head(TITLE)
                .append("<h1>").append(escape(TITLE)).append("</h1>\n")
                .append("<p class=\"lead\">Вы вышли из симулятора ЕСИА.</p>\n")
                .append(tail()).toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static String tail() {
        return "</main>\n</body>\n</html>\n";
    }
}

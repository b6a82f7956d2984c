package org.zhurnal.it.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ESIA simulator's person picker, read as a browser would: the form of one person, submitted. */
public final class EsiaSimulatorPage {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");

    /** The demo persons of the simulator's fixture, by ESIA oid. */
    public static final String REGION_ADMIN = "1000001";
    public static final String JOURNAL_ADMIN = "1000002";
    public static final String TEACHER = "1000003";

    private EsiaSimulatorPage() {
    }

    /** Signs the client in to the application at {@code app} as the demo person, and checks it landed home. */
    public static void signInThroughApp(BrowserlessClient client, String app, String oid) {
        BrowserlessClient.Page home = signInAs(client, client.get(app + "/login"), oid);
        if (!home.uri().toString().equals(app + "/")) {
            throw new AssertionError("sign-in as " + oid + " ended at " + home.uri() + ":\n" + home.body());
        }
    }

    /** Picks the person with this ESIA oid on the simulator page and follows where that leads. */
    public static BrowserlessClient.Page signInAs(BrowserlessClient client, BrowserlessClient.Page picker, String oid) {
        if (!picker.body().contains("Госуслуги — симулятор ЕСИА")) {
            throw new AssertionError("expected the ESIA simulator page at " + picker.uri() + ", got:\n" + picker.body());
        }
        Matcher form = FORM.matcher(picker.body());
        while (form.find()) {
            String inner = form.group(1);
            if (inner.contains("name=\"oid\" value=\"" + oid + "\"")) {
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher hidden = HIDDEN.matcher(inner);
                while (hidden.find()) {
                    fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
                }
                fields.put("oid", oid);
                return client.postForm(URI.create(picker.uri().toString()), fields);
            }
        }
        throw new AssertionError("no person " + oid + " on the simulator page");
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}

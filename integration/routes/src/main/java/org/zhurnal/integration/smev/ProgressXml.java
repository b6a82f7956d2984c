package org.zhurnal.integration.smev;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhurnal.federal.application.ProgressAnswer;
import org.zhurnal.federal.application.ProgressAnswer.MarkItem;
import org.zhurnal.federal.application.ProgressAnswer.SubjectProgress;
import org.zhurnal.federal.application.ProgressRequest;
import org.zhurnal.smev.protocol.SmevMessages;
import org.zhurnal.smev.protocol.SmevXml;
import org.zhurnal.smev.protocol.SmevMessages.IncomingRequest;

/**
 * The business content of the service "information on current progress" in СМЭВ messages (namespace
 * {@value #NS}): the request read leniently (what is missing or unreadable is left empty and refused by the
 * service with its reason), the answer as {@code MessagePrimaryContent} or {@code RequestRejected}.
 * See docs/exchange-federal.md for the schema.
 */
public final class ProgressXml {

    public static final String NS = "urn://x-artefacts-zhurnal/epgu-progress/1.0.0";
    public static final String REQUEST = "ProgressRequest";

    private ProgressXml() {
    }

    public static ProgressRequest read(IncomingRequest incoming) {
        Element content = incoming.content();
        boolean ours = NS.equals(content.getNamespaceURI()) && REQUEST.equals(content.getLocalName());
        return new ProgressRequest(incoming.messageId(), incoming.replyTo(),
                ours ? snils(content, "Applicant") : null, ours ? snils(content, "Child") : null,
                ours ? date(content, "From") : null, ours ? date(content, "To") : null);
    }

    /** The content answered: the statement, or the refusal as СМЭВ's {@code RequestRejected}. */
    public static String render(ProgressAnswer answer) {
        if (answer.refused()) {
            return SmevMessages.rejection(rejectionCode(answer.refusal().code()), answer.refusal().reason());
        }
        ProgressAnswer.Statement s = answer.statement();
        Document doc = SmevXml.newDocument();
        Element root = SmevXml.add(doc, NS, "p:ProgressResponse");
        Element period = SmevXml.add(root, NS, "p:Period");
        SmevXml.add(period, NS, "p:From", s.from().toString());
        SmevXml.add(period, NS, "p:To", s.to().toString());
        for (SubjectProgress subject : s.subjects()) {
            Element e = SmevXml.add(root, NS, "p:Subject");
            SmevXml.add(e, NS, "p:Name", subject.subject());
            SmevXml.add(e, NS, "p:Average", subject.average().toPlainString());
            for (MarkItem mark : subject.marks()) {
                Element m = SmevXml.add(e, NS, "p:Mark");
                SmevXml.add(m, NS, "p:Date", mark.date().toString());
                SmevXml.add(m, NS, "p:Value", String.valueOf(mark.value()));
                if (mark.value2() != null) {
                    SmevXml.add(m, NS, "p:Value2", String.valueOf(mark.value2()));
                }
                SmevXml.add(m, NS, "p:WorkKind", mark.workKind());
            }
        }
        Element absences = SmevXml.add(root, NS, "p:Absences");
        SmevXml.add(absences, NS, "p:WithoutReason", String.valueOf(s.absences()));
        SmevXml.add(absences, NS, "p:Illness", String.valueOf(s.absencesIllness()));
        SmevXml.add(absences, NS, "p:ValidReason", String.valueOf(s.absencesValid()));
        return SmevMessages.primaryContent(SmevXml.write(root));
    }

    /** A request as the portal sends it (the simulator's and the tests' side). */
    public static String request(String applicantSnils, String childSnils, LocalDate from, LocalDate to) {
        Document doc = SmevXml.newDocument();
        Element root = SmevXml.add(doc, NS, "p:ProgressRequest");
        SmevXml.add(SmevXml.add(root, NS, "p:Applicant"), NS, "p:Snils", applicantSnils);
        SmevXml.add(SmevXml.add(root, NS, "p:Child"), NS, "p:Snils", childSnils);
        Element period = SmevXml.add(root, NS, "p:Period");
        SmevXml.add(period, NS, "p:From", from.toString());
        SmevXml.add(period, NS, "p:To", to.toString());
        return SmevXml.write(root);
    }

    static String rejectionCode(String refusal) {
        return switch (refusal) {
            case "NOT_AUTHORISED" -> "ACCESS_DENIED";
            case "NO_DATA" -> "NO_DATA";
            case "INVALID_REQUEST" -> "UNKNOWN_REQUEST_DESCRIPTION";
            default -> "FAILURE";
        };
    }

    private static String snils(Element content, String who) {
        return SmevXml.find(content, NS, who).flatMap(e -> SmevXml.find(e, NS, "Snils"))
                .map(e -> e.getTextContent().strip()).orElse(null);
    }

    private static LocalDate date(Element content, String name) {
        Optional<String> text = SmevXml.find(content, NS, "Period").flatMap(p -> SmevXml.find(p, NS, name))
                .map(e -> e.getTextContent().strip());
        try {
            return text.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

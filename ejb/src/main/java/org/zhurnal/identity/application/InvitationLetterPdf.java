package org.zhurnal.identity.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The class's invitation letters as one PDF, a page per student (seed 004): who the codes are for, each code with
 * its expiry, and short sign-in instructions in Russian. DejaVu Sans is embedded (subset), so every reader shows
 * the Cyrillic text; the codes use only the unambiguous alphabet of {@code InviteCodeFormat}.
 */
public final class InvitationLetterPdf {

    /** One student's page: the class, the student, and a line per person who gets a code. */
    public record Page(String schoolName, String className, String studentName, List<Line> lines) {
    }

    /** A person and their code: {@code whom} says who they are («обучающийся», «мать»…). */
    public record Line(String whom, String personName, String code, String validTo) {
    }

    static final String TITLE = "Приглашение в электронный журнал и дневник";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private InvitationLetterPdf() {
    }

    /** The letters; {@code siteAddress} is where the journal opens (shown in the instructions). */
    public static byte[] render(List<Page> pages, String siteAddress) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = font(document, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE);
            info.setCreator("Журнал");
            for (Page page : pages) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    new Writer(content, regular, bold).page(page, siteAddress);
                }
            }
            if (pages.isEmpty()) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    new Writer(content, regular, bold).paragraph(regular, 12,
                            "Всем, кому адресовано письмо, коды уже не нужны: они входят в журнал.");
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the invitation letters", e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = InvitationLetterPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource + " (copied at build time)");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** Writes lines from the top of a page down. */
    private static final class Writer {

        private final PDPageContentStream content;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private float y = PDRectangle.A4.getHeight() - MARGIN;

        Writer(PDPageContentStream content, PDType0Font regular, PDType0Font bold) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        void page(Page page, String siteAddress) throws IOException {
            paragraph(bold, 16, TITLE);
            gap(6);
            paragraph(regular, 11, page.schoolName() + ", " + page.className() + " класс");
            paragraph(regular, 11, "Обучающийся: " + page.studentName());
            gap(14);
            for (Line line : page.lines()) {
                paragraph(regular, 11, capitalised(line.whom()) + ": " + line.personName());
                text(bold, 20, MARGIN + 16, "Код: " + line.code());
                paragraph(regular, 10, "Действует до " + line.validTo() + " включительно, вводится один раз.");
                gap(10);
            }
            gap(6);
            paragraph(bold, 12, "Как войти");
            List<String> steps = List.of(
                    "1. Откройте электронный журнал: " + siteAddress,
                    "2. Нажмите «Войти через Госуслуги» и войдите со своей учётной записью. Нужна подтверждённая "
                            + "учётная запись; подтвердить её можно в МФЦ или через банк.",
                    "3. При первом входе журнал попросит код приглашения. Введите свой код из этого письма — "
                            + "заглавными или строчными буквами, с дефисами или без.",
                    "4. Родитель нескольких детей вводит по одному коду для каждого ребёнка.",
                    "5. Никому не сообщайте код. Если код потерян или истёк, обратитесь к классному руководителю: "
                            + "он выдаст новый, а старый перестанет действовать.");
            for (String step : steps) {
                paragraph(regular, 11, step);
                gap(2);
            }
        }

        void paragraph(PDType0Font font, float size, String text) throws IOException {
            for (String line : wrapped(font, size, text)) {
                text(font, size, MARGIN, line);
            }
        }

        void gap(float points) {
            y -= points;
        }

        private void text(PDType0Font font, float size, float x, String line) throws IOException {
            y -= size * 1.35f;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
        }

        private static List<String> wrapped(PDType0Font font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static String capitalised(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}

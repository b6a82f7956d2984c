package org.zhurnal.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvitationLetterPdfTest {

    @Test
    void aPagePerStudentWithTheCodesAndRussianInstructionsInAnEmbeddedFont() throws IOException {
        byte[] pdf = InvitationLetterPdf.render(List.of(
                new InvitationLetterPdf.Page("СШ № 7", "5А", "Никитина Полина Денисовна", List.of(
                        new InvitationLetterPdf.Line("обучающийся", "Никитина Полина Денисовна", "K7QM-3XRT-9HWP",
                                "06.12.2026"),
                        new InvitationLetterPdf.Line("отец", "Никитин Денис Юрьевич", "ABCD-EFGH-JKMN", "06.12.2026"))),
                new InvitationLetterPdf.Page("СШ № 7", "5А", "Сидоров Павел Ильич", List.of(
                        new InvitationLetterPdf.Line("мать", "Сидорова Анна Петровна", "PQRS-TUVW-XYZ2", "06.12.2026")))),
                "https://zhurnal.example/");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Приглашение в электронный журнал", "Обучающийся: Никитина Полина Денисовна",
                    "Код: K7QM-3XRT-9HWP", "Код: ABCD-EFGH-JKMN", "Отец: Никитин Денис Юрьевич", "Код: PQRS-TUVW-XYZ2",
                    "Войти через Госуслуги", "https://zhurnal.example/", "06.12.2026");
            PDResources resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).contains("DejaVuSans");
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aClassWhereEverybodySignsInGetsOneExplainingPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(InvitationLetterPdf.render(List.of(), "https://zhurnal.example/"))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("коды уже не нужны");
        }
    }
}

package org.zhurnal.staffimport.domain;

/**
 * One row of a staff list as read from the file: its number as the spreadsheet shows it and the cells'
 * texts ("" when empty or when the file has no such column). Personal data: never shown by {@link #toString()}.
 */
public record StaffSheetRow(int row, String surname, String givenName, String patronymic, String birthDate,
                            String snils, String positions) {

    @Override
    public String toString() {
        return "StaffSheetRow[row " + row + ", details hidden]";
    }
}

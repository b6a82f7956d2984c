package org.zhurnal.importjobs.application;

/**
 * Where an import reports how far it is: first checking the rows, then storing them. Called from inside the
 * import's one transaction; what it records is visible outside it at once ({@link ImportJob}).
 */
public interface ImportProgress {

    /** Reports nothing: an import run directly, without a job. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void validating(int total) {
        }

        @Override
        public void applying(int total) {
        }

        @Override
        public void advance(int rows) {
        }
    };

    /** The file is read: {@code total} rows are being checked, none yet. */
    void validating(int total);

    /** Every row passed: {@code total} rows are being stored, none yet. */
    void applying(int total);

    /** {@code rows} more rows of the current stage are done. */
    void advance(int rows);
}

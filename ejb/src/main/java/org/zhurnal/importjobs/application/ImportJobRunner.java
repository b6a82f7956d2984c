package org.zhurnal.importjobs.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhurnal.shared.error.BusinessException;

/**
 * Runs an import on the container's asynchronous threads, outside any transaction: the import service it
 * calls runs in one transaction of its own, so the job is marked done only after that has committed, and
 * refused after it has rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobRunner {

    private static final Logger LOG = Logger.getLogger(ImportJobRunner.class.getName());

    @Inject
    Clock clock;

    @Asynchronous
    public void run(ImportJob job, Function<ImportProgress, Object> work) {
        try {
            Object outcome = work.apply(job);
            job.finish(outcome, clock.instant());
        } catch (BusinessException refused) {
            job.fail(refused, clock.instant());
        } catch (EJBException e) {
            if (e.getCause() instanceof BusinessException refused) {
                job.fail(refused, clock.instant());
            } else {
                failed(job, e);
            }
        } catch (RuntimeException e) {
            failed(job, e);
        }
    }

    private void failed(ImportJob job, RuntimeException e) {
        // Ids only: the exception may carry row contents, so only its class is logged with the job.
        LOG.log(Level.SEVERE, "Import job {0} failed: {1}", new Object[] {job, e.getClass().getName()});
        job.fail(null, clock.instant());
    }
}

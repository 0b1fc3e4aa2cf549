package io.successdesk.app.change;

import jakarta.inject.Named;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes this node's {@code AccountChangeProcessor} as soon as a local write committed a mark, so it need not wait for
 * its next poll (the poll still finds marks made on other nodes or left by a crash). Holds at most one pending
 * wake-up: any number of signals before a wait wake it once.
 */
@Named
public class AccountChangeSignal {

    private final Semaphore wakeUp = new Semaphore(0);

    /** A mark was committed. */
    public void changed() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * Waits until {@link #changed} was called since the last wait, or {@code timeout} passed.
     *
     * @return whether a change was signalled
     */
    public boolean await(Duration timeout) throws InterruptedException {
        boolean signalled = wakeUp.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        wakeUp.drainPermits();
        return signalled;
    }
}

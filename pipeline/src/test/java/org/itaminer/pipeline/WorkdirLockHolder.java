package org.itaminer.pipeline;

import java.nio.file.Path;

/** A second process for {@link WorkdirLockTest}: takes the workdir, says so, and holds it until stdin closes. */
public final class WorkdirLockHolder {

    private WorkdirLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (WorkdirLock lock = WorkdirLock.acquire(Path.of(args[0]))) {
            System.out.println("holding");
            System.out.flush();
            System.in.read();
        }
    }
}

package org.fairaudit.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file next to its target under a hidden temporary name, forces it to disk and moves it into place only
 * when complete; on error or cancellation the partial file is deleted and an existing file under the target name
 * is left as it was.
 */
final class AtomicFile {
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream stream) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path out, Content content) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".part");
        boolean complete = false;
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                 OutputStream stream = Channels.newOutputStream(channel)) {
                content.writeTo(stream);
                // on disk before the move, so that a crash cannot leave an empty file under the final name
                channel.force(true);
            }
            moveIntoPlace(partial, target);
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(partial);
            }
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network shares cannot rename atomically; the file is complete, only the swap is not atomic
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package org.fairaudit.app;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.fairaudit.bench.BenchReport;
import org.fairaudit.domain.Profile;
import org.fairaudit.i18n.Messages;
import org.fairaudit.service.PortfolioFilter;
import org.fairaudit.service.ProgressListener;
import org.fairaudit.ui.common.AppStyles;
import org.fairaudit.ui.common.FxUiExecutor;
import org.fairaudit.ui.common.Theme;
import org.fairaudit.ui.fakes.NoFiles;
import org.fairaudit.ui.main.MainView;
import org.fairaudit.ui.main.NavigationEntry;

/**
 * The application's heap on a large database (issue 6: it runs within the launchers' 512 MB): opens the real window
 * (headless, Monocle) on a {@code BenchDataset} database as its administrator, shows every screen in turn through its
 * Ctrl+digit shortcut and scrolls each table to its end a few times (so that the findings list loads more pages),
 * then exports the whole portfolio. After each step it collects garbage and records the live heap. Run in a JVM
 * with {@code -Xmx512m} by {@code bench/run-app-memory-bench.sh}; an OutOfMemoryError ends it with status 1.
 *
 * <p>Usage: {@code AppMemoryTour DB}.
 */
public final class AppMemoryTour {
    private static final int SCROLLS_PER_TABLE = 5;
    private static final long STEP_TIMEOUT_MINUTES = 10;
    private static final List<KeyCode> SCREEN_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private final FxUiExecutor executor = new FxUiExecutor();
    private final List<String> errors = new ArrayList<>();
    private final HeapPeak heapPeak = new HeapPeak();
    private long maxLiveBytes;

    private AppMemoryTour() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Platform.startup(() -> { });
        try (AppContext context = AppContext.open(db)) {
            new AppMemoryTour().tour(context, db);
        } finally {
            Platform.exit();
        }
    }

    private void tour(AppContext context, Path db) throws Exception {
        Profile profile = context.services().profiles().current().orElseThrow(
                () -> new IllegalStateException(db + " has no active profile: make it with BenchDataset"));
        List<Parent> root = new ArrayList<>();
        onFx(() -> {
            MainView main = new MainWindowFactory(context, executor, errors -> this.errors.add(errors.toString()),
                    new NoFiles(), Clock.systemDefaultZone()).create(profile);
            Stage stage = new Stage();
            Scene scene = new Scene(main.root(), 1280, 800); // the headless screen's size
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
            root.add(main.root());
        });
        step("window with the first screen");
        for (int screen = 1; screen < SCREEN_KEYS.size(); screen++) {
            KeyCode key = SCREEN_KEYS.get(screen);
            onFx(() -> root.get(0).fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, true, false,
                    true)));
            String title = shownScreen(root.get(0));
            step(title);
            for (int scroll = 0; scroll < SCROLLS_PER_TABLE; scroll++) {
                onFx(() -> tables(root.get(0)).forEach(table -> table.scrollTo(table.getItems().size() - 1)));
                idle();
            }
            step(title + ", tables scrolled " + SCROLLS_PER_TABLE + " times");
        }
        Path portfolio = Files.createTempFile("portfolio", ".xlsx");
        try {
            context.services().portfolio().exportPortfolio(PortfolioFilter.ALL, portfolio, ProgressListener.NONE);
            step("portfolio exported, " + Files.size(portfolio) / (1 << 20) + " MiB");
        } finally {
            Files.deleteIfExists(portfolio);
        }
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        long peak = heapPeak.bytes() >> 20;
        System.out.printf(Locale.ROOT, "errors reported by screens: %s%n", errors);
        BenchReport.row("app on " + db.getFileName() + ": every screen, tables scrolled, portfolio export",
                String.format(Locale.ROOT, "largest live heap %d MiB, largest heap in use %d MiB, of -Xmx %d MiB",
                        maxLiveBytes >> 20, peak, maxHeap), "-", "runs within a 512 MB heap",
                errors.isEmpty() && maxHeap <= 512);
    }

    /** The title of the selected navigation entry. */
    private static String shownScreen(Node root) throws InterruptedException {
        List<String> title = new ArrayList<>();
        onFx(() -> title.add(Messages.get(((NavigationEntry) ((ListView<?>) root.lookup("." + AppStyles.NAVIGATION))
                .getSelectionModel().getSelectedItem()).titleKey())));
        return title.get(0);
    }

    private static List<TableView<?>> tables(Node root) {
        return root.lookupAll(".table-view").stream().filter(TableView.class::isInstance)
                .<TableView<?>>map(node -> (TableView<?>) node).filter(table -> !table.getItems().isEmpty()).toList();
    }

    /** Waits for the screens' background work, collects garbage and prints the live heap. */
    private void step(String what) throws Exception {
        idle();
        System.gc();
        long live = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        maxLiveBytes = Math.max(maxLiveBytes, live);
        System.out.printf(Locale.ROOT, "%-55s live heap %4d MiB%n", what, live >> 20);
    }

    /** Until the executor has no running work; a screen may start more work when the last one ends. */
    private void idle() throws Exception {
        for (int settled = 0; settled < 2; settled++) {
            CountDownLatch done = new CountDownLatch(1);
            onFx(() -> executor.whenIdle(done::countDown));
            if (!done.await(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The screens' work did not finish in " + STEP_TIMEOUT_MINUTES + " min");
            }
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicInteger failed = new AtomicInteger();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failed.get() > 0) {
            throw new IllegalStateException("A step on the JavaFX thread failed");
        }
    }

    /**
     * The largest heap in use at any moment of the tour. Use peaks just before a collection, so this is the largest
     * sum over the heap pools that a collection found on starting. (Each pool's own peak, summed, overstates it: the
     * pools peak at different times.)
     */
    private static final class HeapPeak implements NotificationListener {
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final AtomicLong peak = new AtomicLong();

        HeapPeak() {
            ManagementFactory.getGarbageCollectorMXBeans()
                    .forEach(collector -> ((NotificationEmitter) collector).addNotificationListener(this, null, null));
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        }

        long bytes() {
            return peak.get();
        }
    }
}

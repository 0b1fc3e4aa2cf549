package io.successdesk.app.survey;

import io.successdesk.jira.LocalClusterLocks;
import io.successdesk.jira.survey.PluginSettingsSurveySecretStore;
import io.successdesk.jira.InMemoryPluginSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two cluster nodes starting at the same moment over one database end with one survey secret. */
class SurveySecretClusterTest {

    private static final int ROUNDS = 200;

    @Test
    void shouldGiveTwoNodesStartingTogetherTheSameSecret() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                InMemoryPluginSettings database = new InMemoryPluginSettings();
                LocalClusterLocks cluster = new LocalClusterLocks();
                List<SurveySecret> nodes = List.of(node(database, cluster), node(database, cluster));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<byte[]>> started = new ArrayList<>();
                for (SurveySecret node : nodes) {
                    started.add(pool.submit(() -> {
                        start.await();
                        node.ensureExists();
                        return node.value();
                    }));
                }
                start.countDown();

                byte[] first = started.get(0).get();
                byte[] second = started.get(1).get();
                assertThat(second).as("round %d: both nodes sign with one secret", round).isEqualTo(first);
                assertThat(node(database, cluster).value()).as("round %d: the one stored", round).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SurveySecret node(InMemoryPluginSettings database, LocalClusterLocks cluster) {
        return new SurveySecret(new PluginSettingsSurveySecretStore(database, cluster));
    }
}

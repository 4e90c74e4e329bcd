package be.werkwinkel.kiosk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hub benchmark's own logic: no Spring context, no hub. */
class HubBenchmarkLogicTest {

    @Test
    void theBalancerTakesInstancesInTurnAndLeavesOutDroppedOnes() {
        assertThat(RoundRobinBalancer.pick(0, new boolean[] {false, false})).isZero();
        assertThat(RoundRobinBalancer.pick(1, new boolean[] {false, false})).isEqualTo(1);
        assertThat(RoundRobinBalancer.pick(2, new boolean[] {false, false})).isZero();
        assertThat(RoundRobinBalancer.pick(0, new boolean[] {true, false})).isEqualTo(1);
        assertThat(RoundRobinBalancer.pick(1, new boolean[] {true, false})).isEqualTo(1);
        assertThat(RoundRobinBalancer.pick(5, new boolean[] {true, true})).isEqualTo(-1);
    }

    @Test
    void theBalancerDropsAnInstanceThatRefusesAndPassesTheConnectionOnToTheNext() throws IOException {
        int gone;
        try (var closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            gone = closed.getLocalPort();
        }
        try (var live = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                var balancer = new RoundRobinBalancer(List.of(new InetSocketAddress("127.0.0.1", gone),
                        new InetSocketAddress("127.0.0.1", live.getLocalPort())))) {
            for (var i = 0; i < 3; i++) {
                try (var client = new Socket("127.0.0.1", balancer.port()); var accepted = live.accept()) {
                    client.getOutputStream().write(i);
                    assertThat(accepted.getInputStream().read()).isEqualTo(i);
                }
            }
            assertThat(balancer.droppedAt(0)).isPositive();
            assertThat(balancer.droppedAt(1)).isZero();
            assertThat(balancer.refused()).isEqualTo(1);
        }
    }

    @Test
    void cpuTimeIsReadAfterACommandWithSpacesAndParentheses() {
        var stat = "1234 (java (main) x) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 100 0 0";
        assertThat(HubBenchmark.ProcStat.parse(stat)).isEqualTo(300 * 10_000_000L);
    }

    @Test
    void theLongestHeartbeatGapCountsTheWindowsEdges() {
        assertThat(HubBenchmark.Results.longestGap(List.of(1_000L, 16_000L, 31_000L), 0, 40_000)).isEqualTo(15_000);
        assertThat(HubBenchmark.Results.longestGap(List.of(1_000L), 0, 40_000)).isEqualTo(39_000);
        assertThat(HubBenchmark.Results.longestGap(List.of(), 0, 40_000)).isEqualTo(40_000);
    }

    @Test
    void eachRoundKeepsTheFeedsSizeDropsTheOldestAndChangesSomeTexts() {
        var first = Feeds.feed(0, 200).lines().toList();
        var second = Feeds.feed(1, 200).lines().toList();
        assertThat(first).hasSize(200);
        assertThat(second).hasSize(200);
        assertThat(first.getFirst()).contains("\"BENCH-0\"");
        assertThat(second.getFirst()).contains("\"BENCH-2\"");
        assertThat(second.getLast()).contains("\"BENCH-201\"");
        var changed = second.stream().filter(line -> !first.contains(line)).count();
        assertThat(changed).isBetween(2L + 5, 2L + 20); // the two new ones and about 5 % changed
    }

    @Test
    void aPageIsReadWithoutItsVacancies() {
        var page = TerminalSwarm.Page.parse("""
                {"changes":[{"revision":7,"type":"upserted","vacancy":{"id":1,"skills":[{"revision":99}],"title":"x"}},
                 {"revision":9,"type":"removed","id":2}],"latestRevision":12,"upToDate":true,"resync":false,"horizon":3}""");
        assertThat(page).isEqualTo(new TerminalSwarm.Page(2, 9, 12, true, false, 3));
        assertThat(TerminalSwarm.Page.parse("""
                {"changes":[],"latestRevision":12,"upToDate":false,"resync":true,"horizon":11}"""))
                .isEqualTo(new TerminalSwarm.Page(0, -1, 12, false, true, 11));
    }

    @Test
    void aPageReachesTheLatestRevisionOnlyWhenUpToDate() {
        assertThat(new TerminalSwarm.Page(500, 700, 900, false, false, 0).reaches(10)).isEqualTo(700);
        assertThat(new TerminalSwarm.Page(3, 700, 900, true, false, 0).reaches(10)).isEqualTo(900);
        assertThat(new TerminalSwarm.Page(0, -1, 900, true, false, 0).reaches(900)).isEqualTo(900);
    }
}

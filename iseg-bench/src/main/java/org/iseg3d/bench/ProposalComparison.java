package org.iseg3d.bench;

import java.util.Locale;

/** {@code eval --proposals}: the run with proposals against the same clicks protocol from nothing. */
public final class ProposalComparison {

    private static final int[] AT = {1, 2, 3, 5, 10, 15};

    private ProposalComparison() {}

    public static String table(EvalReport without, EvalReport with) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%nproposals (%s, %s): mIoU@k and per-part NoC, from nothing vs with " + "proposals%n",
                with.method(),
                without.protocol()));
        sb.append(String.format(Locale.ROOT, "%-16s", ""));
        for (int k : AT) {
            if (k <= without.clicks()) {
                sb.append(String.format(Locale.ROOT, " %7s", "@" + k));
            }
        }
        sb.append(String.format(Locale.ROOT, " %8s %8s %8s%n", "NoC@80", "NoC@85", "NoC@90"));
        row(sb, "from nothing", without);
        row(sb, "with proposals", with);
        EvalReport.Summary a = without.summary(), b = with.summary();
        sb.append(String.format(
                Locale.ROOT,
                "clicks saved per part: %.2f @80, %.2f @85, %.2f @90 (per-part NoC, " + "capped at %d)%n",
                a.noc80() - b.noc80(),
                a.noc85() - b.noc85(),
                a.noc90() - b.noc90(),
                without.clicks()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, EvalReport r) {
        sb.append(String.format(Locale.ROOT, "%-16s", label));
        for (int k : AT) {
            if (k <= r.clicks()) {
                sb.append(String.format(Locale.ROOT, " %7.1f", r.summary().miouAt()[k - 1]));
            }
        }
        sb.append(String.format(
                Locale.ROOT,
                " %8.2f %8.2f %8.2f%n",
                r.summary().noc80(),
                r.summary().noc85(),
                r.summary().noc90()));
    }
}

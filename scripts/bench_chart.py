"""The chart of ``make bench-load``: throughput and p95 latency against users."""

from __future__ import annotations

from pathlib import Path

LABELS = {
    "single": "this assistant, one Rasa server",
    "cluster": "this assistant, cluster behind nginx",
    "starter": "Rasa's starter bot (rasa init)",
}


def draw(results: dict[str, dict], users: list[int], path: Path) -> None:
    """Two panels: messages/s and p95 latency for each target, against concurrent users."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (rate, latency) = pyplot.subplots(1, 2, figsize=(10, 4), dpi=100)
    for name, figures in results.items():
        rows = [figures["users"][str(count)] for count in users]
        label = LABELS.get(name, name)
        rate.plot(users, [r["messages_per_s"] for r in rows], marker="o", label=label)
        latency.plot(users, [r["p95_ms"] / 1000 for r in rows], marker="o", label=label)
    rate.set(xlabel="concurrent users (closed loop)", ylabel="answered messages per second")
    latency.set(xlabel="concurrent users (closed loop)", ylabel="p95 latency (s)")
    rate.set_title("Throughput")
    latency.set_title("p95 latency")
    for axes in (rate, latency):
        axes.grid(alpha=0.3)
        axes.set_ylim(bottom=0)
    rate.legend(fontsize=8)
    figure.suptitle("REST load on one 2-core machine (make bench-load)")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    pyplot.close(figure)

"""Dask: ``summarize_partition`` in ``dask.bag.map_partitions``, on a real local cluster too."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

import jsonschema
import pytest

pytest.importorskip("dask.distributed")

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster, get_task_stream

from portai.batch import summarize_partition

from .conftest import ROOT, SAMPLES

CNNDM = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cnndm-dev.jsonl"
OPTIONS: dict[str, Any] = {"method": "lexrank", "sentences": 3}
ARTICLES = 12
BAD_ID = "no-text"
SCHEMA = json.loads((ROOT / "docs" / "summary.schema.json").read_text())


def _records() -> list[dict[str, Any]]:
    """12 real news articles (the samples where the eval data is absent), and one bad record in
    the middle, so not in the first partition."""
    if CNNDM.is_file():
        with CNNDM.open(encoding="utf-8") as lines:
            records = [
                {key: record[key] for key in ("id", "title", "text")}
                for record in map(json.loads, islice(lines, ARTICLES))
            ]
    else:
        files = sorted(SAMPLES.glob("*.txt"))
        records = [{"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in files]
    records.insert(len(records) // 2, {"id": BAD_ID, "title": "A record without text"})
    return records


def _by_partition(bag: db.Bag) -> list[dict[str, Any]]:
    """What ``summarize_partition`` gives in this process, run on the bag's own partitions."""
    partitions = dask.compute(*bag.to_delayed(), scheduler="sync")
    return [result for part in partitions for result in summarize_partition(part, **OPTIONS)]


def _check(results: list[dict[str, Any]], bag: db.Bag, records: list[dict[str, Any]]) -> None:
    assert bag.npartitions >= 3
    # The same dicts, in the same order, as the same partitions summarized in this process,
    # and as the whole list in one call: partitioning changes nothing.
    assert results == _by_partition(bag)
    assert results == summarize_partition(records, **OPTIONS)

    assert [r["id"] for r in results] == [r["id"] for r in records]
    assert all(next(iter(r)) == "id" for r in results)
    errors = [r for r in results if "error" in r]
    assert [r["id"] for r in errors] == [BAD_ID]
    assert list(errors[0]) == ["id", "error"]
    assert errors[0]["error"] == 'a record needs a "text" (or "html") string'
    for result in results:
        if "error" not in result:
            jsonschema.validate(result, SCHEMA)
            assert 1 <= len(result["summary"]) <= 3
    json.dumps(results)  # JSON-ready as they are


def test_bag_with_the_synchronous_scheduler() -> None:
    records = _records()
    bag = db.from_sequence(records, npartitions=3)
    results = bag.map_partitions(summarize_partition, **OPTIONS).compute(scheduler="sync")
    _check(results, bag, records)


def test_bag_on_a_local_cluster_of_two_worker_processes() -> None:
    records = _records()
    bag = db.from_sequence(records, npartitions=3)
    # Scheduler, nannies and workers listen on 127.0.0.1 only, on free ports; no dashboards.
    # Even without a dashboard the scheduler serves its HTTP routes (health, metrics), by
    # default on port 8787, and only warns when that port is taken (another Dask cluster, a
    # parallel test run), a warning this suite turns into an error: a free port instead.
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster) as client,
    ):
        assert client.scheduler_info()["address"].startswith("tcp://127.0.0.1:")
        workers = client.scheduler_info()["workers"]
        assert len(workers) == 2
        assert all(address.startswith("tcp://127.0.0.1:") for address in workers)
        with get_task_stream(client) as stream:
            results = bag.map_partitions(summarize_partition, **OPTIONS).compute()
    ran_on = {task["worker"] for task in stream.data if "summarize_partition" in str(task["key"])}
    assert ran_on, "no summarize_partition task ran on the cluster"
    assert ran_on <= set(workers)
    _check(results, bag, records)

"""The worker pool's way out when a worker dies halfway through sending its results."""

import multiprocessing
import os
import struct
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

from nlp_extract.batch.engines import end_result_wait


def send_half_and_die() -> None:
    """In a pool worker: the header of a 1000-byte result and one byte of it, then death,
    as a worker killed mid-send leaves the pipe."""
    frame = sys._getframe()
    while frame is not None and "result_queue" not in frame.f_locals:
        frame = frame.f_back
    assert frame is not None
    writer = frame.f_locals["result_queue"]._writer
    os.write(writer.fileno(), struct.pack("!i", 1000) + b"x")
    os._exit(1)


def test_a_worker_dead_mid_send_does_not_hold_the_shutdown():
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(send_half_and_die)
    deadline = time.monotonic() + 60
    while any(p.is_alive() for p in multiprocessing.active_children()) or not pool._processes:
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    time.sleep(0.5)  # the pool's thread is now reading the 999 bytes that never come
    end_result_wait(pool)
    shutdown = threading.Thread(target=pool.shutdown, kwargs={"wait": True}, daemon=True)
    shutdown.start()
    shutdown.join(20)
    assert not shutdown.is_alive()


def test_a_worker_dead_mid_send_breaks_the_pool_instead_of_a_wait_for_ever():
    """No interrupt: the batch awaits the chunk, finds the worker dead, and the pool fails
    (the batch then reports the dead worker) rather than waiting for the rest."""
    from concurrent.futures.process import BrokenProcessPool

    from nlp_extract.batch.engines import finished

    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    future = pool.submit(send_half_and_die)
    outcome: list[BaseException] = []

    def await_it() -> None:
        try:
            for done in finished([future], pool, ordered=True):
                done.result()
        except BaseException as error:  # what the batch loop would see
            outcome.append(error)

    waiting = threading.Thread(target=await_it, daemon=True)
    waiting.start()
    waiting.join(30)
    assert not waiting.is_alive()
    assert outcome and isinstance(outcome[0], BrokenProcessPool)
    pool.shutdown(wait=True)

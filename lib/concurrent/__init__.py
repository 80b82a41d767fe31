# Package marker for concurrent.futures (pystm's own, on threading).

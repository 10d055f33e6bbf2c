"""The queue side: task functions, arq WorkerSettings, cron jobs and the in-process runner.

Glue between the tables and the classifiers. The web side only enqueues jobs by name.
"""

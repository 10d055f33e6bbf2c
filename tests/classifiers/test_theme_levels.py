"""classifiers.themes, two levels: coarse groups chosen from the data, fine themes inside
them, both with ids (and reviewers' names) kept across regroups."""

from __future__ import annotations

import numpy as np

from classifiers.themes import coarse_groups, regroup


def nested_blobs(
    groups: int, themes_per_group: int, per_theme: int, *, dim: int = 64, seed: int = 0
):
    """Unit-ish vectors: `groups` far-apart directions, each with `themes_per_group` nearer
    sub-directions, `per_theme` noisy points around each. Returns points, group and theme
    labels."""
    rng = np.random.default_rng(seed)
    group_directions = rng.normal(size=(groups, dim))
    group_directions /= np.linalg.norm(group_directions, axis=1, keepdims=True)
    points, group_labels, theme_labels = [], [], []
    for group in range(groups):
        for theme in range(themes_per_group):
            direction = group_directions[group] + 0.7 * rng.normal(size=dim) / np.sqrt(dim)
            for _ in range(per_theme):
                points.append(direction + 0.25 * rng.normal(size=dim) / np.sqrt(dim))
                group_labels.append(group)
                theme_labels.append(group * themes_per_group + theme)
    return np.asarray(points, np.float32), np.asarray(group_labels), np.asarray(theme_labels)


def partition(assignment: dict, ids: list) -> set[frozenset]:
    members: dict = {}
    for opinion_id in ids:
        members.setdefault(assignment[opinion_id], set()).add(opinion_id)
    return {frozenset(rows) for key, rows in members.items() if key is not None}


def truth(labels: np.ndarray) -> set[frozenset]:
    return {frozenset(np.flatnonzero(labels == label).tolist()) for label in np.unique(labels)}


def test_the_number_of_groups_comes_from_the_data_and_themes_nest_in_them() -> None:
    for groups in (3, 6):
        points, group_labels, _ = nested_blobs(groups, 1, 120 // groups, seed=groups)
        ids = list(range(len(points)))
        result = regroup(points, {}, ids=ids)
        assert partition(result.group_assignment, ids) == truth(group_labels)
    # Subjects within subjects: whatever the levels found, every theme lies in one group,
    # which lists it, and there are no more groups than themes.
    points, _, _ = nested_blobs(3, 3, 12, seed=7)
    ids = list(range(len(points)))
    result = regroup(points, {}, ids=ids)
    for theme in result.themes:
        members = [i for i in ids if result.assignment[i] == theme.id]
        assert {result.group_assignment[i] for i in members} == {theme.group}
        assert theme.id in result.group(theme.group).themes
    assert len(result.groups) <= len(result.themes)
    assert sum(group.size for group in result.groups) == len(points)


def test_coarse_groups_alone() -> None:
    points, group_labels, _ = nested_blobs(4, 2, 10, seed=1)
    unit = points / np.linalg.norm(points, axis=1, keepdims=True)
    labels = coarse_groups(unit)
    assert len(set(labels.tolist())) == 4
    assert truth(labels) == truth(group_labels)


def test_group_ids_and_names_are_kept_across_regroups() -> None:
    points, group_labels, _ = nested_blobs(3, 1, 35, seed=2)
    ids = [f"o{i}" for i in range(len(points))]
    first = regroup(points, {}, ids=ids)
    assert len(first.groups) == 3
    named = first.group_assignment["o0"]
    # More opinions arrive in the groups; a reviewer named one group.
    extra, _, _ = nested_blobs(3, 1, 35, seed=2)
    second = regroup(
        np.vstack([points, extra + 0.01]),
        first.assignment,
        ids=[*ids, *(f"n{i}" for i in range(len(extra)))],
        previous_groups=first.group_assignment,
        group_names={named: "Evening classes"},
    )
    for opinion_id, group_id in first.group_assignment.items():
        assert second.group_assignment[opinion_id] == group_id
    assert second.group(named).name == "Evening classes"
    # A new group gets an id above every id seen, never an old one.
    third = regroup(points[group_labels > 0], {}, previous_groups={}, next_group_id=100)
    assert min(group.id for group in third.groups) >= 100


def test_a_leftover_near_a_theme_joins_it_and_a_true_outlier_stays_unthemed() -> None:
    points, _, theme_labels = nested_blobs(2, 2, 8, seed=3)
    rng = np.random.default_rng(4)
    near = points[theme_labels == 0].mean(axis=0) + 0.3 * rng.normal(size=points.shape[1]) / 8
    far = rng.normal(size=points.shape[1]) * 3
    everything = np.vstack([points, near, far]).astype(np.float32)
    result = regroup(everything, {})
    near_row, far_row = len(points), len(points) + 1
    assert result.assignment[near_row] == result.assignment[0]
    assert result.assignment[far_row] is None
    # The outlier still has a coarse group, so a reviewer finds it under a subject.
    assert result.group_assignment[far_row] is not None
    unattached = regroup(everything, {}, attach=False)
    assert sum(theme.size for theme in unattached.themes) <= sum(
        theme.size for theme in result.themes
    )


def test_a_pinned_opinion_takes_its_themes_group() -> None:
    points, group_labels, _ = nested_blobs(3, 2, 18, seed=5)
    first = regroup(points, {})
    elsewhere = next(i for i in range(len(points)) if group_labels[i] == 2)
    target_theme = first.assignment[0]
    second = regroup(points, first.assignment, pinned={elsewhere: target_theme})
    assert second.assignment[elsewhere] == target_theme
    assert second.group_assignment[elsewhere] == second.group_assignment[0]


def test_few_opinions_make_one_group() -> None:
    points, _, _ = nested_blobs(2, 2, 3, seed=6)
    result = regroup(points, {})
    assert len(result.groups) == 1
    assert {theme.group for theme in result.themes} == {result.groups[0].id}

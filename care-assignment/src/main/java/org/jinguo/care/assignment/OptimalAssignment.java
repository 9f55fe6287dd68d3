package org.jinguo.care.assignment;

import java.util.Arrays;

/**
 * The best assignment of children to mothers: first as many children placed as possible, then,
 * among all assignments placing that many, the highest total score. Exact, in integers.
 *
 * <h2>What is solved</h2>
 * A min-cost circulation. Each feasible pair costs {@code -(B + score)}, with {@code B} larger than
 * any total score an assignment can reach ({@code B = maxScore × min(children, places) + 1}), so one
 * more child placed always outweighs any loss of score and the cheapest circulation is the
 * lexicographic optimum. A single node Z stands for both the source and the sink: {@code Z → child}
 * (capacity 1), {@code child → mother} (capacity 1), {@code mother → Z} (her capacity). Mothers are
 * thus expanded to their capacity implicitly; nothing is copied.
 *
 * <h2>Why this algorithm</h2>
 * Children are added one at a time. If the circulation was optimal before a child was added, the
 * optimum after it differs by at most one cycle through that child (the child's own edge from Z
 * has capacity 1; every other cycle already cost at least 0), so it suffices to find the cheapest
 * path from the new child back to Z in the residual graph and use it if the cycle it closes is
 * negative. That path either ends at a mother with room (one more child placed, moving others
 * along the way), or at an already placed child who gives up her place (a better pair replaces a
 * worse one), or does not exist (the child stays unplaced). Node potentials keep every reduced
 * cost non-negative, so each search is Dijkstra's, stopped as soon as the cheapest end is known,
 * and a child whose best pair cannot beat the price of its mothers is settled without a search at
 * all. This is the shortest-augmenting-path method of Jonker and Volgenant, with a dummy exit per
 * child to handle more children than places. It was chosen over auction and cost scaling because
 * each step keeps an exact optimum (no ε, no scaling phases, no termination subtleties when not
 * everyone can be placed), and on sparse local graphs, where each child has only the few mothers
 * near her, each search settles a small neighbourhood rather than the graph, so a whole city is
 * solved at once (its figures: tools/bench/README.md, "Assigning 10,000 children to 3,000 caring
 * mothers").
 *
 * <h2>Complexity</h2>
 * One search per child, each O(E + V log V) in the worst case (E pairs, V children and mothers),
 * so O(n (E + V log V)) at worst; in practice far less, since a search stops at the first cheapest
 * exit. Memory is O(V + E) in a few arrays, reused from one search to the next.
 *
 * <h2>Ties</h2>
 * Deterministic: children are added in ascending number, the search settles nodes by distance and
 * then node number (children before mothers), and of equally cheap exits keeps the first one
 * settled. Among several optimal assignments the answer is therefore always the same one for the
 * same pairs, whatever order they were given in.
 */
public final class OptimalAssignment {

    private final int n;
    private final long big;
    private final int[] childStart;
    private final int[] edgeMother;
    private final int[] edgeScore;
    private final int[] capacity;
    private final int[] slotStart;
    private final int[] used;
    private final int[] slotChild;
    private final int[] childSlot;
    private final int[] edgeOfChild;
    private final long[] potential;

    private final long[] dist;
    private final int[] stamp;
    private final int[] heapPos;
    private final int[] heap;
    private int heapSize;
    private final int[] settled;
    private final int[] predChild;
    private final int[] predEdge;
    private int generation;

    private OptimalAssignment(AssignmentProblem problem) {
        n = problem.children();
        int mothers = problem.mothers();
        childStart = problem.childStart;
        edgeMother = problem.edgeMother;
        edgeScore = problem.edgeScore;
        int[] degree = new int[mothers];
        int maxScore = 0;
        for (int e = 0; e < edgeMother.length; e++) {
            degree[edgeMother[e]]++;
            maxScore = Math.max(maxScore, edgeScore[e]);
        }
        capacity = new int[mothers];
        slotStart = new int[mothers + 1];
        for (int m = 0; m < mothers; m++) {
            capacity[m] = Math.min(problem.capacity(m), degree[m]);
            slotStart[m + 1] = slotStart[m] + capacity[m];
        }
        big = (long) maxScore * Math.min(n, slotStart[mothers]) + 1;
        used = new int[mothers];
        slotChild = new int[slotStart[mothers]];
        childSlot = new int[n];
        edgeOfChild = new int[n];
        Arrays.fill(edgeOfChild, -1);
        int nodes = n + mothers;
        potential = new long[nodes];
        dist = new long[nodes];
        stamp = new int[nodes];
        heapPos = new int[nodes];
        heap = new int[nodes];
        settled = new int[nodes];
        predChild = new int[mothers];
        predEdge = new int[mothers];
    }

    public static Assignment solve(AssignmentProblem problem) {
        OptimalAssignment solver = new OptimalAssignment(problem);
        for (int child = 0; child < solver.n; child++) {
            solver.add(child);
        }
        return Assignment.of(problem, solver.edgeOfChild);
    }

    /** Adds a child to an optimal circulation, keeping it optimal. Nodes: children 0..n-1, mother m is n+m. */
    private void add(int root) {
        int first = childStart[root];
        int end = childStart[root + 1];
        if (first == end) {
            return;
        }
        long limit = Long.MIN_VALUE;
        for (int e = first; e < end; e++) {
            limit = Math.max(limit, potential[n + edgeMother[e]] + big + edgeScore[e]);
        }
        potential[root] = limit;
        if (limit <= 0) {
            return;
        }
        generation++;
        heapSize = 0;
        int settledCount = 0;
        long best = limit;
        int exit = -1;
        reach(root, 0);
        while (heapSize > 0 && dist[heap[0]] < best) {
            int u = pop();
            long d = dist[u];
            settled[settledCount++] = u;
            if (u < n) {
                long pu = potential[u];
                if (u != root && d + pu < best) {
                    best = d + pu;
                    exit = u;
                }
                int mate = edgeOfChild[u];
                for (int e = childStart[u], stop = childStart[u + 1]; e < stop; e++) {
                    if (e != mate) {
                        int m = edgeMother[e];
                        int v = n + m;
                        long nd = d + pu - potential[v] - big - edgeScore[e];
                        if (reach(v, nd)) {
                            predChild[m] = u;
                            predEdge[m] = e;
                        }
                    }
                }
            } else {
                int m = u - n;
                long pm = potential[u];
                if (used[m] < capacity[m] && d + pm < best) {
                    best = d + pm;
                    exit = u;
                }
                for (int s = slotStart[m], stop = s + used[m]; s < stop; s++) {
                    int c = slotChild[s];
                    reach(c, d + big + edgeScore[edgeOfChild[c]] + pm - potential[c]);
                }
            }
        }
        for (int i = 0; i < settledCount; i++) {
            int u = settled[i];
            potential[u] -= best - dist[u];
        }
        if (exit >= 0) {
            augment(root, exit);
        }
    }

    private void augment(int root, int exit) {
        int m;
        if (exit < n) {
            int e = edgeOfChild[exit];
            m = edgeMother[e];
            leave(exit, m);
            edgeOfChild[exit] = -1;
        } else {
            m = exit - n;
        }
        while (true) {
            int c = predChild[m];
            int previous = c == root ? -1 : edgeMother[edgeOfChild[c]];
            if (previous >= 0) {
                leave(c, previous);
            }
            edgeOfChild[c] = predEdge[m];
            take(c, m);
            if (previous < 0) {
                return;
            }
            m = previous;
        }
    }

    private void take(int child, int mother) {
        int s = slotStart[mother] + used[mother]++;
        slotChild[s] = child;
        childSlot[child] = s;
    }

    private void leave(int child, int mother) {
        int last = slotStart[mother] + --used[mother];
        int s = childSlot[child];
        int moved = slotChild[last];
        slotChild[s] = moved;
        childSlot[moved] = s;
    }

    /** Offers distance {@code d} to node {@code v}; true if it improved a node not yet settled. */
    private boolean reach(int v, long d) {
        if (stamp[v] != generation) {
            stamp[v] = generation;
            dist[v] = d;
            heapPos[v] = heapSize;
            heap[heapSize++] = v;
            siftUp(heapPos[v]);
            return true;
        }
        if (heapPos[v] < 0 || d >= dist[v]) {
            return false;
        }
        dist[v] = d;
        siftUp(heapPos[v]);
        return true;
    }

    private int pop() {
        int top = heap[0];
        heapPos[top] = -1;
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            heapPos[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean before(int a, int b) {
        long da = dist[a];
        long db = dist[b];
        return da < db || (da == db && a < b);
    }

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!before(v, p)) {
                break;
            }
            heap[i] = p;
            heapPos[p] = i;
            i = parent;
        }
        heap[i] = v;
        heapPos[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && before(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (!before(c, v)) {
                break;
            }
            heap[i] = c;
            heapPos[c] = i;
            i = child;
        }
        heap[i] = v;
        heapPos[v] = i;
    }
}

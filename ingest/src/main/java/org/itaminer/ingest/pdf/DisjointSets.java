package org.itaminer.ingest.pdf;

/** Union-find over indexes 0..n-1 with path halving: groups rulings that touch into one grid. */
final class DisjointSets {

    private DisjointSets() {
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[ra] = rb;
        }
    }
}

/* The C baseline of scripts/bench: PROJ's geod_inverse over the same points as exile-bench.
 *
 *   cc -O2 -o bench-geod scripts/bench-geod.c -lproj
 *   bench-geod POINTS OUT     POINTS: float64 lat1 lon1 lat2 lon2 ...; OUT: float64 metres
 *
 * Prints {"run": seconds (median of 3), "count": n} on stdout. */
#include <geodesic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: bench-geod POINTS OUT\n"); return 2; }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 2; }
    fseek(in, 0, SEEK_END);
    long bytes = ftell(in);
    fseek(in, 0, SEEK_SET);
    size_t count = (size_t)bytes / (4 * sizeof(double));
    double *points = malloc(count * 4 * sizeof(double));
    double *distances = malloc(count * sizeof(double));
    if (fread(points, sizeof(double), count * 4, in) != count * 4) { fprintf(stderr, "short read\n"); return 2; }
    fclose(in);
    struct geod_geodesic g;
    geod_init(&g, 6378137, 1 / 298.257223563);
    double runs[3];
    for (int r = 0; r < 3; r++) {
        double start = now();
        for (size_t i = 0; i < count; i++) {
            double s12, azi1, azi2;
            geod_inverse(&g, points[4 * i], points[4 * i + 1], points[4 * i + 2], points[4 * i + 3], &s12, &azi1, &azi2);
            distances[i] = s12;
        }
        runs[r] = now() - start;
    }
    qsort(runs, 3, sizeof(double), compare);
    FILE *out = fopen(argv[2], "wb");
    if (!out) { perror(argv[2]); return 2; }
    fwrite(distances, sizeof(double), count, out);
    fclose(out);
    printf("{\"run\": %.9f, \"runs\": [%.9f, %.9f, %.9f], \"count\": %zu}\n", runs[1], runs[0], runs[1], runs[2], count);
    return 0;
}

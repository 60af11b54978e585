package org.iseg3d.bridge.load;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Structural check of a glTF node hierarchy before jME reads it: jME's {@code GltfLoader} follows
 * {@code children} recursively and caches a node only after reading it, so a cycle ({@code "children": [0]} on node
 * 0, or a longer loop) recurses until the stack overflows, which takes seconds of CPU per file. Streams the JSON
 * (buffers and other values are skipped, not parsed), so a large embedded {@code .gltf} costs one pass. O(nodes +
 * children).
 */
final class GltfGraphCheck {

    private GltfGraphCheck() {}

    /**
     * Returns null if the node hierarchy is a forest with every child index in range (or if the JSON is malformed:
     * the loader reports that better), else a short description of the problem.
     */
    static String problem(Reader json) throws IOException {
        List<int[]> children = new ArrayList<>();
        try (JsonReader in = new JsonReader(json)) {
            in.setLenient(true);
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                return null;
            }
            in.beginObject();
            while (in.hasNext()) {
                if (in.nextName().equals("nodes") && in.peek() == JsonToken.BEGIN_ARRAY) {
                    in.beginArray();
                    while (in.hasNext()) {
                        children.add(childrenOf(in));
                    }
                    in.endArray();
                } else {
                    in.skipValue();
                }
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null; // malformed: left to the loader's own message
        }
        int n = children.size();
        for (int i = 0; i < n; i++) {
            for (int c : children.get(i)) {
                if (c < 0 || c >= n) {
                    return "node " + i + " has child " + c + ", but there are " + n + " nodes";
                }
            }
        }
        // iterative depth-first search with three colours: 0 new, 1 on the current path, 2 done
        byte[] colour = new byte[n];
        int[] stackNode = new int[n + 1];
        int[] stackNext = new int[n + 1];
        for (int start = 0; start < n; start++) {
            if (colour[start] != 0) {
                continue;
            }
            int top = 0;
            stackNode[0] = start;
            stackNext[0] = 0;
            colour[start] = 1;
            while (top >= 0) {
                int node = stackNode[top];
                int[] ch = children.get(node);
                if (stackNext[top] < ch.length) {
                    int c = ch[stackNext[top]++];
                    if (colour[c] == 1) {
                        return "node " + c + " is its own descendant (cycle in the node hierarchy)";
                    }
                    if (colour[c] == 0) {
                        colour[c] = 1;
                        top++;
                        stackNode[top] = c;
                        stackNext[top] = 0;
                    }
                } else {
                    colour[node] = 2;
                    top--;
                }
            }
        }
        return null;
    }

    private static int[] childrenOf(JsonReader in) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
            in.skipValue();
            return new int[0];
        }
        int[] out = new int[0];
        in.beginObject();
        while (in.hasNext()) {
            if (in.nextName().equals("children") && in.peek() == JsonToken.BEGIN_ARRAY) {
                List<Integer> list = new ArrayList<>();
                in.beginArray();
                while (in.hasNext()) {
                    list.add(in.peek() == JsonToken.NUMBER ? in.nextInt() : skip(in));
                }
                in.endArray();
                out = list.stream().mapToInt(Integer::intValue).toArray();
            } else {
                in.skipValue();
            }
        }
        in.endObject();
        return out;
    }

    private static int skip(JsonReader in) throws IOException {
        in.skipValue();
        return -1;
    }
}

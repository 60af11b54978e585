package org.iseg3d.bridge.load;

import com.jme3.asset.AssetKey;
import com.jme3.asset.AssetLoadException;
import com.jme3.asset.AssetNotFoundException;
import com.jme3.asset.DesktopAssetManager;
import com.jme3.asset.TextureKey;
import com.jme3.asset.plugins.ClasspathLocator;
import com.jme3.asset.plugins.FileLocator;
import com.jme3.material.MaterialDef;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.image.ColorSpace;
import com.jme3.util.BufferUtils;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A fresh, headless asset manager for loading one model file: model, material and image loaders registered
 * explicitly (no platform config, so no audio loaders and no LWJGL), a {@link FileLocator} rooted at the model's
 * folder, and the classpath for jME's built-in material definitions.
 *
 * <p>Missing or unreadable textures never stop geometry from loading: they are replaced by a 1x1 white
 * placeholder and reported. A missing material definition ({@code .j3md}) referenced by a j3o is replaced by
 * {@code Unshaded.j3md}. Any other missing asset (.mtl, .material, .j3m) is reported and the exception passed to
 * the jME loader, which already treats those as optional.
 */
final class LenientAssetManager extends DesktopAssetManager {

    private static final Logger LOG = LogManager.getLogger(LenientAssetManager.class);
    private static final String FALLBACK_MATDEF = "Common/MatDefs/Misc/Unshaded.j3md";

    private final String fileLabel;
    private final List<String> warnings = new ArrayList<>();

    LenientAssetManager(Path folder, String fileLabel) {
        super((java.net.URL) null);
        this.fileLabel = fileLabel;
        registerLocator(folder.toAbsolutePath().toString(), FileLocator.class);
        registerLocator("/", ClasspathLocator.class);

        registerLoader(com.jme3.material.plugins.J3MLoader.class, "j3m", "j3md");
        registerLoader(com.jme3.material.plugins.ShaderNodeDefinitionLoader.class, "j3sn");
        registerLoader(
                com.jme3.shader.plugins.GLSLLoader.class,
                "vert",
                "frag",
                "geom",
                "tsctrl",
                "tseval",
                "glsl",
                "glsllib");
        registerLoader(com.jme3.texture.plugins.AWTLoader.class, "jpg", "bmp", "gif", "png", "jpeg");
        registerLoader(com.jme3.texture.plugins.DDSLoader.class, "dds");
        registerLoader(com.jme3.texture.plugins.PFMLoader.class, "pfm");
        registerLoader(com.jme3.texture.plugins.HDRLoader.class, "hdr");
        registerLoader(com.jme3.texture.plugins.TGALoader.class, "tga");
        registerLoader(com.jme3.export.binary.BinaryLoader.class, "j3o", "j3f");
        registerLoader(com.jme3.scene.plugins.OBJLoader.class, "obj");
        registerLoader(com.jme3.scene.plugins.MTLLoader.class, "mtl");
        registerLoader(com.jme3.scene.plugins.ogre.MeshLoader.class, "meshxml", "mesh.xml");
        registerLoader(com.jme3.scene.plugins.ogre.SkeletonLoader.class, "skeletonxml", "skeleton.xml");
        registerLoader(com.jme3.scene.plugins.ogre.MaterialLoader.class, "material");
        registerLoader(GltfNodeNames.Gltf.class, "gltf");
        registerLoader(com.jme3.scene.plugins.gltf.BinLoader.class, "bin");
        registerLoader(GltfNodeNames.Glb.class, "glb");
    }

    /** Non-fatal problems met so far, one line each. */
    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    private synchronized void warn(String message) {
        warnings.add(message);
        LOG.warn(message);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T loadAsset(AssetKey<T> key) {
        try {
            return super.loadAsset(key);
        } catch (AssetNotFoundException | AssetLoadException e) {
            boolean missing = e instanceof AssetNotFoundException;
            if (key instanceof TextureKey) {
                warn(fileLabel + ": " + (missing ? "missing" : "unreadable") + " texture '" + key.getName()
                        + "', using a 1x1 placeholder");
                LOG.debug("texture failure for {}", key.getName(), e);
                return (T) placeholderTexture(key.getName());
            }
            String ext = key.getExtension() == null ? "" : key.getExtension().toLowerCase(Locale.ROOT);
            if (missing && ext.equals("j3md") && !FALLBACK_MATDEF.equals(key.getName())) {
                warn(fileLabel + ": missing material definition '" + key.getName() + "', using " + FALLBACK_MATDEF);
                return (T) super.loadAsset(new AssetKey<MaterialDef>(FALLBACK_MATDEF));
            }
            if (missing && (ext.equals("mtl") || ext.equals("material") || ext.equals("j3m"))) {
                warn(fileLabel + ": missing material file '" + key.getName() + "', geometry loads without it");
            }
            throw e;
        }
    }

    private static Texture placeholderTexture(String name) {
        ByteBuffer data = BufferUtils.createByteBuffer(4);
        data.put((byte) 0xFF).put((byte) 0xFF).put((byte) 0xFF).put((byte) 0xFF).flip();
        Texture2D tex = new Texture2D(new Image(Image.Format.RGBA8, 1, 1, data, ColorSpace.sRGB));
        tex.setName(name);
        return tex;
    }
}

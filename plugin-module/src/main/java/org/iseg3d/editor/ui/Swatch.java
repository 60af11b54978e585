package org.iseg3d.editor.ui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import javax.swing.Icon;

/** A small colour square with a black frame: a part's palette colour, or the notice colour. */
record Swatch(Color color) implements Icon {

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        g.setColor(color);
        g.fillRect(x, y, 14, 14);
        g.setColor(Color.BLACK);
        g.drawRect(x, y, 14, 14);
    }

    @Override
    public int getIconWidth() {
        return 16;
    }

    @Override
    public int getIconHeight() {
        return 15;
    }
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Boot::GrubImage</name>
    <message>
        <source>%1 is missing (install %2)</source>
        <translation>缺少 %1（请安装 %2）</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write GRUB&apos;s embedded config in %1</source>
        <translation>无法在 %1 中写入 GRUB 的内嵌配置</translation>
    </message>
    <message>
        <source>cannot run %1 (package grub-common): %2</source>
        <translation>无法运行 %1（软件包 grub-common）：%2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot move the GRUB image to %1</source>
        <translation>无法将 GRUB 映像移动到 %1</translation>
    </message>
</context>
<context>
    <name>Boot::LoaderTree</name>
    <message>
        <source>%1 (%2) is missing: install %3</source>
        <translation>缺少 %1（%2）：请安装 %3</translation>
    </message>
    <message>
        <source>cannot run %1 (package grub-common): %2</source>
        <translation>无法运行 %1（软件包 grub-common）：%2</translation>
    </message>
    <message>
        <source>%1 for %2 did not finish in %3 s</source>
        <translation>为 %2 运行的 %1 未在 %3 秒内完成</translation>
    </message>
    <message>
        <source>%1 for %2 failed: %3</source>
        <translation>为 %2 运行的 %1 失败：%3</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法将 %1 移动到 %2</translation>
    </message>
</context>
<context>
    <name>Boot::MacBooter</name>
    <message>
        <source>Macs cannot get Rackside&apos;s GRUB booter: %1</source>
        <translation>Mac 无法获得 Rackside 的 GRUB 引导程序：%1</translation>
    </message>
</context>
<context>
    <name>Boot::ProxyLoaders</name>
    <message>
        <source>GRUB for proxy mode (%1): %2</source>
        <translation>代理模式的 GRUB（%1）：%2</translation>
    </message>
</context>
<context>
    <name>Boot::ServedFiles</name>
    <message>
        <source>Image %1: %2</source>
        <translation>映像 %1：%2</translation>
    </message>
    <message>
        <source>Macs cannot get Rackside&apos;s GRUB booter: no server address is known</source>
        <translation>Mac 无法获得 Rackside 的 GRUB 引导程序：服务器地址未知</translation>
    </message>
    <message>
        <source>Proxy mode: Rackside serves its own GRUB in %1, with its address built in, instead of the boot tree&apos;s (GRUB would ask the other DHCP server for its files)</source>
        <translation>代理模式：Rackside 在 %1 中提供自己的 GRUB（已内置其地址），而不是启动目录树中的那个（否则 GRUB 会向另一台 DHCP 服务器请求文件）</translation>
    </message>
</context>
<context>
    <name>Dhcp::OtherInterfaceWatch</name>
    <message>
        <source>asks to boot on %1, but Rackside answers only on %2</source>
        <translation>在 %1 上请求网络启动，但 Rackside 只在 %2 上应答</translation>
    </message>
</context>
<context>
    <name>Dhcp::Responder</name>
    <message>
        <source>its first DHCP request reached Rackside %1 s after it began asking: the earlier ones were lost on the way</source>
        <translation>它的第一个 DHCP 请求在它开始询问 %1 秒后才到达 Rackside：之前的请求在途中丢失了</translation>
    </message>
    <message>
        <source>took %1 from the DHCP server %2; Rackside had %3 ready for it</source>
        <translation>从 DHCP 服务器 %2 取得了 %1；Rackside 已为它准备好 %3</translation>
    </message>
    <message>
        <source>took an address from the DHCP server %1; Rackside had %2 ready for it</source>
        <translation>从 DHCP 服务器 %1 取得了地址；Rackside 已为它准备好 %2</translation>
    </message>
</context>
<context>
    <name>Dhcp::Server</name>
    <message>
        <source>%1 is in use by %2 (it answered ARP): offered %3 instead</source>
        <translation>%1 已被 %2 使用（它应答了 ARP）：改为提供 %3</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (it answered ARP)</source>
        <translation>%1 已被 %2 使用（它应答了 ARP）</translation>
    </message>
</context>
<context>
    <name>Firewall::Finding</name>
    <message>
        <source>the laptop&apos;s firewall (%1) drops %2 arriving on %3: %4</source>
        <translation>笔记本的防火墙（%1）丢弃从 %3 到达的 %2：%4</translation>
    </message>
    <message>
        <source>the laptop&apos;s firewall (%1) may drop %2 arriving on %3: %4</source>
        <translation>笔记本的防火墙（%1）可能丢弃从 %3 到达的 %2：%4</translation>
    </message>
</context>
<context>
    <name>Images::ImageImport</name>
    <message>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel: give the kernel first, then its initrds.</source>
        <translation>%1 不是 Linux 内核：请先给出内核，再给出其 initrd（give the kernel first）。</translation>
    </message>
    <message>
        <source>%1 is a kernel: give its initrd too.</source>
        <translation>%1 是内核：请同时给出其 initrd。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is already imported, as %2.</source>
        <translation>%1 已导入，名为 %2（already imported, as %2）。</translation>
    </message>
    <message>
        <source>An image called %1 is already imported. Remove it first, or give this one another name.</source>
        <translation>名为 %1 的映像已导入（already imported）。请先移除它，或为此映像另取名称。</translation>
    </message>
    <message>
        <source>The boot tree already has a folder images/%1. Remove it first, or give this image another name.</source>
        <translation>启动目录中已有文件夹 images/%1。请先移除它，或为此映像另取名称。</translation>
    </message>
    <message>
        <source>No Linux kernel and initrd found in %1.</source>
        <translation>在 %1 中未找到 Linux 内核和 initrd。</translation>
    </message>
    <message>
        <source>%1 is no installer Rackside knows. The kernel looks like %2 and the initrd like %3: confirm to import them as they are.</source>
        <translation>%1 不是 Rackside 认识的安装程序。内核看起来是 %2，initrd 看起来是 %3：确认后将按原样导入。</translation>
    </message>
    <message>
        <source>%1 installs from its ISO image: import the ISO itself.</source>
        <translation>%1 从其 ISO 映像安装：请导入 ISO 本身（import the ISO itself）。</translation>
    </message>
    <message>
        <source>%1 is not an image name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, at most 64).</source>
        <translation>%1 不是有效的映像名称（字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;，最多 64 个）。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2.</source>
        <translation>无法读取 %2 中的 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Cannot move the copies to %1.</source>
        <translation>无法将副本移动到 %1。</translation>
    </message>
    <message>
        <source>Add an answer file named %1 to the site to install unattended.</source>
        <translation>在站点中添加名为 %1 的应答文件即可无人值守安装。</translation>
    </message>
    <message>
        <source>Import one image at a time: %1 is an image of its own.</source>
        <translation>请一次导入一个映像：%1 是另一个映像。</translation>
    </message>
    <message>
        <source>Import one image at a time: %1 is an ISO.</source>
        <translation>请一次导入一个映像：%1 是 ISO。</translation>
    </message>
</context>
<context>
    <name>Images::Installer</name>
    <message>
        <source>This tree has no packages: the installer takes them from the kickstart&apos;s repository or the distribution&apos;s mirrors.</source>
        <translation>此目录树中没有软件包：安装程序将从 kickstart 指定的软件源或发行版镜像获取。</translation>
    </message>
    <message>
        <source>Machines need more RAM than the ISO&apos;s size: the installer loads all of it.</source>
        <translation>机器内存需大于 ISO 大小：安装程序会将其整个载入。</translation>
    </message>
    <message>
        <source>The initrd on Debian&apos;s installation ISO looks for the CD and cannot install over the network. Import Debian&apos;s netboot archive (netboot.tar.gz) instead, or pair this ISO with the netboot initrd of the same version.</source>
        <translation>Debian 安装 ISO 上的 initrd 会寻找光盘，无法通过网络安装。请改为导入 Debian 的 netboot 归档（netboot.tar.gz），或将此 ISO 与同一版本的 netboot initrd 配对。</translation>
    </message>
    <message>
        <source>Alpine&apos;s ISO initramfs may lack network drivers; its netboot files have them.</source>
        <translation>Alpine ISO 的 initramfs 可能缺少网络驱动；其 netboot 文件包含这些驱动。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No kernel and initrd where %1 keeps them.</source>
        <translation>在 %1 通常存放的位置没有内核和 initrd。</translation>
    </message>
</context>
<context>
    <name>Images::NbiFolder</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a NetBoot image&apos;s description</source>
        <translation>%1 大于 1 MiB：不是 NetBoot 映像的描述</translation>
    </message>
    <message>
        <source>%1 is not a property list Rackside can read (%2)</source>
        <translation>%1 不是 Rackside 能读取的属性列表（%2）</translation>
    </message>
    <message>
        <source>%1 needs a Name and an Index from 1 to 65535</source>
        <translation>%1 需要 Name 以及 1 到 65535 之间的 Index</translation>
    </message>
    <message>
        <source>%1: BootFile %2 is not a file name in the image&apos;s i386 folder</source>
        <translation>%1：BootFile %2 不是映像 i386 文件夹中的文件名</translation>
    </message>
    <message>
        <source>%1: RootPath %2 is not a path inside the image&apos;s folder</source>
        <translation>%1：RootPath %2 不是映像文件夹内的路径</translation>
    </message>
</context>
<context>
    <name>Iso::IsoArchive</name>
    <message>
        <source>bytes %1-%2 lie past the end of the image (%3 bytes): is it truncated?</source>
        <translation>字节 %1-%2 超出映像末尾（%3 字节）：映像是否被截断？</translation>
    </message>
    <message>
        <source>cannot read bytes %1-%2: %3</source>
        <translation>无法读取字节 %1-%2：%3</translation>
    </message>
    <message>
        <source>volume descriptor in block %1: %2</source>
        <translation>块 %1 中的卷描述符：%2</translation>
    </message>
    <message>
        <source>no ISO 9660 volume descriptor at block 16: this is not an ISO image</source>
        <translation>块 16 处没有 ISO 9660 卷描述符：这不是 ISO 映像（not an ISO image）</translation>
    </message>
    <message>
        <source>the volume descriptors have no terminator</source>
        <translation>卷描述符没有终止符（terminator）</translation>
    </message>
    <message>
        <source>more than %1 Rock Ridge continuation areas for one entry</source>
        <translation>一个条目有超过 %1 个 Rock Ridge 续接区（continuation areas）</translation>
    </message>
    <message>
        <source>a Rock Ridge continuation area runs past its block</source>
        <translation>一个 Rock Ridge 续接区超出了其所在块</translation>
    </message>
    <message>
        <source>%1: directory loop (block %2 is listed twice)</source>
        <translation>%1：目录循环（directory loop，块 %2 被列出两次）</translation>
    </message>
    <message>
        <source>%1: a directory of %2 bytes is beyond belief</source>
        <translation>%1：%2 字节的目录不可信（beyond belief）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the parts of a multi-extent file end early</source>
        <translation>%1：多区段文件的各部分提前结束</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>超过 %1 个条目</translation>
    </message>
    <message>
        <source>%1: the relocated directory at block %2 is unreadable</source>
        <translation>%1：位于块 %2 的迁移目录无法读取</translation>
    </message>
    <message>
        <source>%1: directories nest deeper than %2</source>
        <translation>%1：目录嵌套深度超过 %2</translation>
    </message>
    <message>
        <source>%1 is zisofs-compressed, which is not supported</source>
        <translation>%1 使用 zisofs 压缩，不受支持</translation>
    </message>
    <message>
        <source>%1: its data (bytes %2-%3) lies past the end of the image (%4 bytes): is it truncated?</source>
        <translation>%1：其数据（字节 %2-%3）超出映像末尾（%4 字节，past the end）：映像是否被截断？</translation>
    </message>
    <message>
        <source>ISO images are read-only here</source>
        <translation>此处 ISO 映像为只读（read-only）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>该映像</translation>
    </message>
    <message>
        <source>%1 is not a readable ISO 9660 image: %2</source>
        <translation>%1 不是可读的 ISO 9660 映像：%2</translation>
    </message>
    <message>
        <source>the device cannot seek</source>
        <translation>该设备无法定位（seek）</translation>
    </message>
    <message>
        <source>it has no primary volume descriptor</source>
        <translation>它没有主卷描述符</translation>
    </message>
    <message>
        <source>its block size is %1 bytes; only 2048 is supported</source>
        <translation>其块大小为 %1 字节；仅支持 2048</translation>
    </message>
</context>
<context>
    <name>Site::BootTreeCheck</name>
    <message>
        <source>%1 is not in the boot tree (%2): machines that pick this entry will not boot</source>
        <translation>%1 不在启动目录树（%2）中：选择此菜单项的机器将无法启动</translation>
    </message>
    <message>
        <source>%1 is neither in the boot tree nor among the installed loaders: these machines will not boot</source>
        <translation>%1 既不在启动目录树中，也不在已安装的引导程序中：这些机器将无法启动</translation>
    </message>
    <message>
        <source>%1 is not a UEFI program</source>
        <translation>%1 不是 UEFI 程序</translation>
    </message>
    <message>
        <source>%1 is shim, but %2 is not beside it: Secure Boot machines stop after shim</source>
        <translation>%1 是 shim，但同一目录下没有 %2：启用安全启动的机器会在 shim 之后停止</translation>
    </message>
    <message>
        <source>%1 is shim, but %2 beside it is unsigned: Secure Boot machines will get Access Denied</source>
        <translation>%1 是 shim，但同一目录下的 %2 未签名：启用安全启动的机器会报 Access Denied</translation>
    </message>
    <message>
        <source>a UEFI program</source>
        <translation>UEFI 程序</translation>
    </message>
    <message>
        <source>%1 (%2) is not signed: Secure Boot machines will get Access Denied (use a signed shim, such as Debian&apos;s bootnetx64.efi, with grubx64.efi beside it)</source>
        <translation>%1（%2）未签名：启用安全启动的机器会报 Access Denied（请使用已签名的 shim，例如 Debian 的 bootnetx64.efi，并将 grubx64.efi 放在同一目录下）</translation>
    </message>
    <message>
        <source>%1 (%2) is signed by a key the firmware does not trust out of the box: Secure Boot machines will get Access Denied (boot a signed shim instead, and it loads this file)</source>
        <translation>%1（%2）的签名密钥不受固件默认信任：启用安全启动的机器会报 Access Denied（请改为启动已签名的 shim，由它加载此文件）</translation>
    </message>
</context>
<context>
    <name>Site::DhcpdConfReader</name>
    <message>
        <source>this string has no closing quote on its line</source>
        <translation>此字符串在本行内没有结束引号</translation>
    </message>
    <message>
        <source>&quot;;&quot; is missing before &quot;}&quot;</source>
        <translation>&quot;}&quot; 之前缺少 &quot;;&quot;</translation>
    </message>
    <message>
        <source>this host block has no name: it is skipped</source>
        <translation>此 host 块没有名称：已跳过</translation>
    </message>
    <message>
        <source>a host block inside another host block is skipped</source>
        <translation>嵌套在另一个 host 块中的 host 块已跳过</translation>
    </message>
    <message>
        <source>this &quot;}&quot; closes no block</source>
        <translation>此 &quot;}&quot; 没有可关闭的块</translation>
    </message>
    <message>
        <source>the text ends before the block opened at line %1 is closed: it may be cut off</source>
        <translation>第 %1 行开始的块尚未关闭，文本就已结束：内容可能被截断</translation>
    </message>
    <message>
        <source>(further syntax errors are not listed)</source>
        <translation>（其余语法错误不再列出）</translation>
    </message>
    <message numerus="yes">
        <source>the text ends with %n blocks still open, the outermost opened at line %1: it may be cut off</source>
        <translation>
            <numerusform>文本结束时仍有 %n 个块未关闭，最外层的块始于第 %1 行：内容可能被截断</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::DhcpdHostBlock</name>
    <message>
        <source>&quot;hardware %1&quot; is not Ethernet: Rackside knows hosts by Ethernet MAC</source>
        <translation>&quot;hardware %1&quot; 不是以太网：Rackside 通过以太网 MAC 识别主机</translation>
    </message>
    <message>
        <source>&quot;hardware ethernet&quot; has no MAC address</source>
        <translation>&quot;hardware ethernet&quot; 后没有 MAC 地址</translation>
    </message>
    <message>
        <source>%1 is not a MAC address</source>
        <translation>%1 不是 MAC 地址</translation>
    </message>
    <message>
        <source>no address: &quot;fixed-address&quot; is blank, so the host is kept and will take an address from a dynamic range</source>
        <translation>无地址：&quot;fixed-address&quot; 为空，因此保留该主机，它将从动态地址范围获取地址</translation>
    </message>
    <message>
        <source>no address: &quot;fixed-address %1&quot; is a host name, which dhcpd looks up in DNS; the host is kept without an address</source>
        <translation>无地址：&quot;fixed-address %1&quot; 是主机名，dhcpd 会通过 DNS 解析它；保留该主机，但不设地址</translation>
    </message>
    <message>
        <source>&quot;fixed-address&quot; lists %1 addresses: took the first, %2</source>
        <translation>&quot;fixed-address&quot; 列出了 %1 个地址：已采用第一个，即 %2</translation>
    </message>
    <message>
        <source>this host block is cut off (no closing &quot;}&quot;): check it</source>
        <translation>此 host 块被截断（没有结束的 &quot;}&quot;）：请检查</translation>
    </message>
    <message>
        <source>this host block is cut off (no closing &quot;}&quot;) before its MAC address: skipped</source>
        <translation>此 host 块在 MAC 地址之前被截断（没有结束的 &quot;}&quot;）：已跳过</translation>
    </message>
    <message>
        <source>the host block at line %1 has no &quot;hardware ethernet&quot; statement: skipped</source>
        <translation>第 %1 行的 host 块没有 &quot;hardware ethernet&quot; 语句：已跳过</translation>
    </message>
</context>
<context>
    <name>Site::DnsmasqReader</name>
    <message>
        <source>the closing quote is missing: the line may be cut off</source>
        <translation>缺少结束引号：该行可能被截断</translation>
    </message>
    <message>
        <source>the IPv6 address %1 is not imported: Rackside serves IPv4</source>
        <translation>未导入 IPv6 地址 %1：Rackside 只提供 IPv4</translation>
    </message>
    <message>
        <source>a second address %1 is ignored</source>
        <translation>已忽略第二个地址 %1</translation>
    </message>
    <message>
        <source>%1 matches many machines: skipped</source>
        <translation>%1 匹配多台机器：已跳过</translation>
    </message>
    <message>
        <source>%1 is not an Ethernet MAC address</source>
        <translation>%1 不是以太网 MAC 地址</translation>
    </message>
    <message>
        <source>%1 is ignored: the host already has a name</source>
        <translation>已忽略 %1：该主机已有名称</translation>
    </message>
    <message>
        <source>&quot;ignore&quot;: dnsmasq turns this machine away, so it is not imported</source>
        <translation>&quot;ignore&quot;：dnsmasq 会拒绝这台机器，因此未导入</translation>
    </message>
    <message>
        <source>no MAC address (dnsmasq matches this one by client ID): skipped</source>
        <translation>没有 MAC 地址（dnsmasq 按客户端 ID 匹配此项）：已跳过</translation>
    </message>
    <message>
        <source>no MAC address: skipped</source>
        <translation>没有 MAC 地址：已跳过</translation>
    </message>
    <message>
        <source>the client ID is not imported: Rackside knows hosts by MAC</source>
        <translation>未导入客户端 ID：Rackside 通过 MAC 识别主机</translation>
    </message>
    <message>
        <source>tags are not imported (%1): options that depend on them do not apply to this host</source>
        <translation>未导入标签（%1）：依赖这些标签的选项不适用于此主机</translation>
    </message>
    <message numerus="yes">
        <source>further problems on this line are not listed (%n more)</source>
        <translation>
            <numerusform>本行的其余问题不再列出（还有 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MAC addresses share this line (dnsmasq gives the address to whichever asks): imported as one host each</source>
        <translation>
            <numerusform>此行有 %n 个 MAC 地址（dnsmasq 将地址分配给发出请求的那一台）：已分别导入为单独的主机</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::HostCheck</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>a MAC address is required</source>
        <translation>必须填写 MAC 地址</translation>
    </message>
    <message>
        <source>%1 is not a network card&apos;s address</source>
        <translation>%1 不是网卡地址</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a hex digit or a separator (: - .)</source>
        <translation>第 %2 个位置的 %1 不是十六进制数字或分隔符（: - .）</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n hex digit(s); a MAC address has 12</source>
        <translation>
            <numerusform>%1 有 %n 个十六进制数字；MAC 地址应为 12 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: write the digits in pairs with one separator (aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff) or in fours (aabb.ccdd.eeff)</source>
        <translation>%1：请两位一组并使用同一种分隔符（aa:bb:cc:dd:ee:ff 或 aa-bb-cc-dd-ee-ff），或四位一组（aabb.ccdd.eeff）</translation>
    </message>
    <message>
        <source>%1 looks like an IPv6 address; hosts get IPv4 addresses</source>
        <translation>%1 看起来是 IPv6 地址；主机使用的是 IPv4 地址</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n part(s); IPv4 has four, as in 10.0.0.20</source>
        <translation>
            <numerusform>%1 有 %n 段；IPv4 地址有四段，例如 10.0.0.20</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an empty part between dots</source>
        <translation>%1 的两个点之间为空</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1：%2 不是数字</translation>
    </message>
    <message>
        <source>%1: %2 starts with 0, which some tools read as an octal number</source>
        <translation>%1：%2 以 0 开头，某些工具会将其视为八进制数</translation>
    </message>
    <message>
        <source>%1: %2 is above 255</source>
        <translation>%1：%2 大于 255</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>%1 contains a dot: enter the name alone, the site adds its domain</source>
        <translation>%1 包含点号：只需输入名称，站点会自动加上域名</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n characters long; a host name has at most 63</source>
        <translation>
            <numerusform>%1 长 %n 个字符；主机名最多 63 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains %2; a host name has only letters a-z, digits and &apos;-&apos;</source>
        <translation>%1 包含 %2；主机名只能包含字母 a-z、数字和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 starts or ends with &apos;-&apos;</source>
        <translation>%1 以 &apos;-&apos; 开头或结尾</translation>
    </message>
    <message>
        <source>%1 is a multicast address, never a machine&apos;s</source>
        <translation>%1 是组播地址，不可能是机器的地址</translation>
    </message>
    <message>
        <source>the site has no menus, so %1 boots without a generated menu</source>
        <translation>站点没有菜单，因此 %1 启动时不使用生成的菜单</translation>
    </message>
    <message>
        <source>there is no menu called %1</source>
        <translation>没有名为 %1 的菜单</translation>
    </message>
    <message>
        <source>menu %1 has no entry called %2</source>
        <translation>菜单 %1 中没有名为 %2 的菜单项</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 不在子网 %2 内</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 是 %2 的网络地址</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 是 %2 的广播地址</translation>
    </message>
    <message>
        <source>%1 is inside the dynamic range %2 (%3)</source>
        <translation>%1 位于动态地址范围 %2（%3）内</translation>
    </message>
    <message>
        <source>%1 is the server&apos;s own address</source>
        <translation>%1 是服务器自身的地址</translation>
    </message>
    <message>
        <source>%1 is the router&apos;s address</source>
        <translation>%1 是路由器的地址</translation>
    </message>
    <message>
        <source>the host in row %1</source>
        <translation>第 %1 行的主机</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 已被 %2 使用</translation>
    </message>
</context>
<context>
    <name>Site::HostImport</name>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>there is nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>this is neither a dhcpd.conf with host blocks, nor dnsmasq dhcp-host= lines, nor a table with a column of MAC addresses</source>
        <translation>这既不是包含 host 块的 dhcpd.conf，也不是 dnsmasq 的 dhcp-host= 行，也不是带有 MAC 地址列的表格</translation>
    </message>
    <message>
        <source>no hosts found (read as %1)</source>
        <translation>未找到主机（按 %1 格式读取）</translation>
    </message>
    <message>
        <source>(also at line %1, %2)</source>
        <translation>（另见第 %1 行，%2）</translation>
    </message>
    <message>
        <source>duplicate MAC address %1</source>
        <translation>MAC 地址 %1 重复</translation>
    </message>
    <message>
        <source>duplicate address %1</source>
        <translation>地址 %1 重复</translation>
    </message>
    <message>
        <source>duplicate host name %1</source>
        <translation>主机名 %1 重复</translation>
    </message>
</context>
<context>
    <name>Site::HostTableReader</name>
    <message>
        <source>a second %1 column is ignored</source>
        <translation>已忽略第二个 %1 列</translation>
    </message>
    <message>
        <source>these columns are not known and are ignored: %1 (known: mac, hostname, ip, menu, boot file, notes)</source>
        <translation>以下列无法识别，已忽略：%1（可识别的列：mac、hostname、ip、menu、boot file、notes）</translation>
    </message>
    <message>
        <source>this looks like a header row, but none of its names is known: columns are recognised by their content</source>
        <translation>这看起来像表头行，但其中没有可识别的列名：将按内容识别各列</translation>
    </message>
    <message>
        <source>no column holds MAC addresses: nothing was imported (a header row can name the column &quot;mac&quot;)</source>
        <translation>没有包含 MAC 地址的列：未导入任何内容（可在表头行中将该列命名为 &quot;mac&quot;）</translation>
    </message>
    <message>
        <source>no MAC address: the row is skipped</source>
        <translation>没有 MAC 地址：已跳过该行</translation>
    </message>
    <message>
        <source>%1 is not a MAC address: the row is skipped</source>
        <translation>%1 不是 MAC 地址：已跳过该行</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: the host is kept without one</source>
        <translation>%1 不是 IPv4 地址：保留该主机，但不设地址</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>Site::JsonLocator</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>文档结束后出现多余的文本</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>文件在应有值的位置结束</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>文档嵌套层次过深</translation>
    </message>
    <message>
        <source>this string is not closed</source>
        <translation>此字符串未闭合</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>应为值，但找到的是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not a JSON value (text needs double quotes)</source>
        <translation>%1 不是 JSON 值（文本需要用双引号括起来）</translation>
    </message>
    <message>
        <source>the file ends inside the object opened at %1:%2</source>
        <translation>文件在始于 %1:%2 的对象内部结束</translation>
    </message>
    <message>
        <source>no member follows this &apos;,&apos; (JSON allows no trailing comma)</source>
        <translation>此 &apos;,&apos; 之后没有成员（JSON 不允许末尾多余的逗号）</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>应为用双引号括起的键</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after key &quot;%1&quot;</source>
        <translation>键 &quot;%1&quot; 之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after %1</source>
        <translation>%1 之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends inside the list opened at %1:%2</source>
        <translation>文件在始于 %1:%2 的列表内部结束</translation>
    </message>
    <message>
        <source>no element follows this &apos;,&apos; (JSON allows no trailing comma)</source>
        <translation>此 &apos;,&apos; 之后没有元素（JSON 不允许末尾多余的逗号）</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after %1</source>
        <translation>%1 之后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>Site::MenuValidator</name>
    <message>
        <source>%1 is the name of an earlier menu</source>
        <translation>%1 与前面的某个菜单重名</translation>
    </message>
    <message>
        <source>there is no menu called %1</source>
        <translation>没有名为 %1 的菜单</translation>
    </message>
    <message>
        <source>%1 is not a folder name</source>
        <translation>%1 不是文件夹名称</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to wait for a choice, or 0..%3 seconds)</source>
        <translation>%1 超出范围（%2 表示一直等待选择，或 0..%3 秒）</translation>
    </message>
    <message>
        <source>a menu name is required</source>
        <translation>必须填写菜单名称</translation>
    </message>
    <message>
        <source>%1 is not a menu name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64)</source>
        <translation>%1 不是有效的菜单名称（只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;，最多 64 个字符）</translation>
    </message>
    <message>
        <source>a title is one line of text</source>
        <translation>标题只能是一行文本</translation>
    </message>
    <message>
        <source>a menu needs at least one entry</source>
        <translation>菜单至少需要一个菜单项</translation>
    </message>
    <message>
        <source>there is no entry called %1 in this menu</source>
        <translation>此菜单中没有名为 %1 的菜单项</translation>
    </message>
    <message>
        <source>%1 is the name of an earlier entry in this menu</source>
        <translation>%1 与此菜单中前面的某个菜单项重名</translation>
    </message>
    <message>
        <source>an entry name is required</source>
        <translation>必须填写菜单项名称</translation>
    </message>
    <message>
        <source>%1 is not an entry name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64)</source>
        <translation>%1 不是有效的菜单项名称（只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;，最多 64 个字符）</translation>
    </message>
    <message>
        <source>kernel arguments are one line of text</source>
        <translation>内核参数只能是一行文本</translation>
    </message>
    <message>
        <source>a path in the boot tree is required</source>
        <translation>必须填写启动目录树中的路径</translation>
    </message>
    <message>
        <source>%1 is not a path inside the boot tree (expected a relative path such as debian-installer/amd64/linux)</source>
        <translation>%1 不是启动目录树内的路径（应为相对路径，例如 debian-installer/amd64/linux）</translation>
    </message>
    <message>
        <source>%1 has a space, which PXELINUX cannot load</source>
        <translation>%1 含有空格，PXELINUX 无法加载</translation>
    </message>
    <message>
        <source>the site has no menus, so %1 boots without a generated menu</source>
        <translation>站点没有菜单，因此 %1 启动时不使用生成的菜单</translation>
    </message>
    <message>
        <source>menu %1 has no entry called %2</source>
        <translation>菜单 %1 中没有名为 %2 的菜单项</translation>
    </message>
</context>
<context>
    <name>Site::NetbootCheck</name>
    <message>
        <source>the name the Mac&apos;s boot picker shows is required</source>
        <translation>必须填写 Mac 启动选择器显示的名称</translation>
    </message>
    <message>
        <source>%1 has control characters</source>
        <translation>%1 含有控制字符</translation>
    </message>
    <message>
        <source>the name is %1 bytes in UTF-8; BSDP carries at most %2</source>
        <translation>该名称的 UTF-8 编码为 %1 字节；BSDP 最多传送 %2 字节</translation>
    </message>
    <message>
        <source>%1 is already the name of netboot.images[%2]</source>
        <translation>%1 已是 netboot.images[%2] 的名称</translation>
    </message>
    <message>
        <source>index %1 is already netboot.images[%2]&apos;s</source>
        <translation>索引 %1 已属于 netboot.images[%2]</translation>
    </message>
    <message>
        <source>%1 is not a Mac model (as the Mac sends it, e.g. &quot;MacBookPro11,1&quot;)</source>
        <translation>%1 不是 Mac 型号（应与 Mac 发送的一致，例如 &quot;MacBookPro11,1&quot;）</translation>
    </message>
    <message>
        <source>%1 is not a path in what Rackside serves (relative, no &quot;..&quot;)</source>
        <translation>%1 不是 Rackside 所提供内容中的路径（须为相对路径，不含 &quot;..&quot;）</translation>
    </message>
    <message>
        <source>no NetBoot image is called %1</source>
        <translation>没有名为 %1 的 NetBoot 映像</translation>
    </message>
    <message>
        <source>the booter&apos;s path is %1 bytes; the Mac&apos;s firmware reads at most 127</source>
        <translation>引导程序路径为 %1 字节；Mac 固件最多读取 127 字节</translation>
    </message>
</context>
<context>
    <name>Site::NetbootReader</name>
    <message>
        <source>%1 is not a BSDP priority (0 to 65535; Apple&apos;s server uses 32768)</source>
        <translation>%1 不是有效的 BSDP 优先级（0 到 65535；Apple 的服务器使用 32768）</translation>
    </message>
    <message>
        <source>a NetBoot image needs its &quot;index&quot; (1 to 4095 for this server, 4096 to 65535 when the same image is on several servers)</source>
        <translation>NetBoot 映像需要 &quot;index&quot;（仅本服务器使用时为 1 到 4095，同一映像位于多台服务器时为 4096 到 65535）</translation>
    </message>
    <message>
        <source>%1 is not an image index (1 to 65535)</source>
        <translation>%1 不是有效的映像索引（1 到 65535）</translation>
    </message>
    <message>
        <source>%1 is not an image kind (expected &quot;macosx&quot;, &quot;macosx-server&quot;, &quot;macos9&quot; or &quot;hardware-test&quot;)</source>
        <translation>%1 不是映像类型（应为 &quot;macosx&quot;、&quot;macosx-server&quot;、&quot;macos9&quot; 或 &quot;hardware-test&quot;）</translation>
    </message>
</context>
<context>
    <name>Site::Problem</name>
    <message>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
</context>
<context>
    <name>Site::ReadableText</name>
    <message>
        <source>this is binary data, not text</source>
        <translation>这是二进制数据，不是文本</translation>
    </message>
    <message>
        <source>control characters such as NUL bytes were read as spaces (%1 of them)</source>
        <translation>NUL 字节等控制字符已按空格读取（共 %1 个）</translation>
    </message>
    <message numerus="yes">
        <source>the text ends in %n NUL bytes: it may not have been written completely</source>
        <translation>
            <numerusform>文本末尾有 %n 个 NUL 字节：可能未完整写入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::SiteEditor</name>
    <message>
        <source>%1 installed: boot its local disk</source>
        <translation>%1 已安装：从本地磁盘启动</translation>
    </message>
    <message numerus="yes">
        <source>point %n host(s) at menu %1</source>
        <translation>
            <numerusform>将 %n 台主机指向菜单 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the site has no file yet: save it as one</source>
        <translation>站点还没有文件：请另存为一个文件</translation>
    </message>
    <message>
        <source>take the changes made to %1</source>
        <translation>采用对 %1 所做的更改</translation>
    </message>
    <message>
        <source>%1 changed on disk and no longer reads as a site</source>
        <translation>%1 已在磁盘上被修改，无法再作为站点读取</translation>
    </message>
    <message>
        <source>the site has no file yet</source>
        <translation>站点还没有文件</translation>
    </message>
    <message>
        <source>other changes to the site are unsaved</source>
        <translation>站点的其他更改尚未保存</translation>
    </message>
</context>
<context>
    <name>Site::SiteFile</name>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; a site file has at most %2)</source>
        <translation>文件过大（%1 字节；站点文件最大为 %2）</translation>
    </message>
    <message>
        <source>the folder %1 does not exist, so nothing of it is served</source>
        <translation>文件夹 %1 不存在，因此不会提供其中的任何内容</translation>
    </message>
    <message>
        <source>expected a JSON object holding the site, found an array</source>
        <translation>应为包含站点的 JSON 对象，但找到的是数组</translation>
    </message>
    <message>
        <source>not saving %1, the site has problems:
%2</source>
        <translation>未保存 %1，站点存在问题：
%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Site::SiteReader</name>
    <message>
        <source>unknown key %1 (expected one of: %2)</source>
        <translation>未知的键 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，但找到的是 %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，但找到的是 %1</translation>
    </message>
    <message>
        <source>key %1 is given twice (first at %2:%3)</source>
        <translation>键 %1 出现了两次（第一次在 %2:%3）</translation>
    </message>
    <message>
        <source>%1 is not a subnet (expected an IPv4 network such as 10.0.0.0/24)</source>
        <translation>%1 不是子网（应为 IPv4 网络，例如 10.0.0.0/24）</translation>
    </message>
    <message>
        <source>%1 is not a MAC address (expected aa:bb:cc:dd:ee:ff)</source>
        <translation>%1 不是 MAC 地址（应为 aa:bb:cc:dd:ee:ff 格式）</translation>
    </message>
    <message>
        <source>%1 is not a usable MAC address</source>
        <translation>%1 不是可用的 MAC 地址</translation>
    </message>
    <message>
        <source>give either &quot;menu&quot; or its older name &quot;profile&quot;, not both</source>
        <translation>只能给出 &quot;menu&quot; 或其旧名称 &quot;profile&quot; 之一，不能同时给出</translation>
    </message>
    <message>
        <source>%1 is not a next boot (expected &quot;menu&quot; or &quot;local&quot;)</source>
        <translation>%1 不是有效的下次启动方式（应为 &quot;menu&quot; 或 &quot;local&quot;）</translation>
    </message>
    <message>
        <source>give the template either as &quot;text&quot; or as a &quot;file&quot; beside the site, one of the two</source>
        <translation>模板请以 &quot;text&quot; 或站点旁的 &quot;file&quot; 给出，二者选一</translation>
    </message>
    <message>
        <source>%1 is not a way to fetch kernels (expected &quot;tftp&quot; or &quot;http&quot;)</source>
        <translation>%1 不是加载内核的方式（应为 &quot;tftp&quot; 或 &quot;http&quot;）</translation>
    </message>
    <message>
        <source>the file is required (a path beside the site, such as answers/ks.cfg)</source>
        <translation>需要文件（站点旁的路径，例如 answers/ks.cfg）</translation>
    </message>
    <message>
        <source>%1 is not an image source (expected &quot;iso&quot;, &quot;archive&quot;, &quot;folder&quot; or &quot;files&quot;)</source>
        <translation>%1 不是映像来源（应为 &quot;iso&quot;、&quot;archive&quot;、&quot;folder&quot; 或 &quot;files&quot;）</translation>
    </message>
    <message>
        <source>an image needs its &quot;kernel&quot; (a path in the boot tree)</source>
        <translation>映像需要其 &quot;kernel&quot;（启动目录中的路径）</translation>
    </message>
    <message>
        <source>%1 is not a DHCP mode (expected &quot;serve&quot;, &quot;proxy&quot;, &quot;bsdp&quot; or &quot;off&quot;)</source>
        <translation>%1 不是 DHCP 模式（应为 &quot;serve&quot;、&quot;proxy&quot;、&quot;bsdp&quot; 或 &quot;off&quot;）</translation>
    </message>
</context>
<context>
    <name>Site::SiteValidator</name>
    <message>
        <source>unsupported version %1 (this Rackside reads version %2)</source>
        <translation>不支持的版本 %1（此版本的 Rackside 读取版本 %2）</translation>
    </message>
    <message>
        <source>%1 is out of range (%2..%3 seconds)</source>
        <translation>%1 超出范围（%2..%3 秒）</translation>
    </message>
    <message>
        <source>%1 is not a network interface name</source>
        <translation>%1 不是网络接口名称</translation>
    </message>
    <message>
        <source>a subnet is required when mode is &quot;serve&quot;</source>
        <translation>模式为 &quot;serve&quot; 时必须指定子网</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 不是 IPv4 地址</translation>
    </message>
    <message>
        <source>%1 leaves no room for DHCP clients (the prefix must be /1 to /30)</source>
        <translation>%1 没有可分配给 DHCP 客户端的地址（前缀长度必须在 /1 到 /30 之间）</translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2/%3?)</source>
        <translation>%1 设置了主机位（是否应为 %2/%3？）</translation>
    </message>
    <message>
        <source>a start address is required</source>
        <translation>必须填写起始地址</translation>
    </message>
    <message>
        <source>an end address is required</source>
        <translation>必须填写结束地址</translation>
    </message>
    <message>
        <source>start %1 is after end %2</source>
        <translation>起始地址 %1 大于结束地址 %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 不在子网 %2 内</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 是 %2 的网络地址</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 是 %2 的广播地址</translation>
    </message>
    <message>
        <source>%1 overlaps %2 (%3)</source>
        <translation>%1 与 %2（%3）重叠</translation>
    </message>
    <message>
        <source>%1 is not a domain name</source>
        <translation>%1 不是域名</translation>
    </message>
    <message>
        <source>%1 is not an http:// URL</source>
        <translation>%1 不是 http:// URL</translation>
    </message>
    <message>
        <source>%1 is not a path inside the boot tree (expected a relative path such as boot/grub/x86_64-efi/core.efi)</source>
        <translation>%1 不是启动目录树内的路径（应为相对路径，例如 boot/grub/x86_64-efi/core.efi）</translation>
    </message>
    <message>
        <source>a MAC address is required</source>
        <translation>必须填写 MAC 地址</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 已被 %2 使用</translation>
    </message>
    <message>
        <source>%1 is not a host name (letters, digits and &apos;-&apos;, at most 63 characters)</source>
        <translation>%1 不是有效的主机名（只能包含字母、数字和 &apos;-&apos;，最多 63 个字符）</translation>
    </message>
    <message>
        <source>a name is required (the file name installers ask for, such as ks.cfg)</source>
        <translation>需要名称（安装程序请求的文件名，例如 ks.cfg）</translation>
    </message>
    <message>
        <source>%1 is not a file name (no slashes, not starting with &apos;.&apos;)</source>
        <translation>%1 不是文件名（不能含斜杠，不能以 &apos;.&apos; 开头）</translation>
    </message>
    <message>
        <source>%1 is already the name of answerFiles[%2]</source>
        <translation>%1 已是 answerFiles[%2] 的名称</translation>
    </message>
    <message>
        <source>%1 is not a variable name (letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter)</source>
        <translation>%1 不是变量名（字母、数字、&apos;_&apos; 和 &apos;-&apos;，须以字母开头）</translation>
    </message>
    <message>
        <source>{%1} is the machine&apos;s own value and cannot be set</source>
        <translation>{%1} 是机器自身的值，不能设置</translation>
    </message>
    <message>
        <source>%1 is not a folder name for URLs (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 不是用于 URL 的文件夹名（字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;）</translation>
    </message>
    <message>
        <source>%1 is Rackside&apos;s own (answer files and install-done)</source>
        <translation>%1 为 Rackside 自用（应答文件和 install-done）</translation>
    </message>
    <message>
        <source>the folder to serve is required</source>
        <translation>需要提供要发布的文件夹</translation>
    </message>
    <message>
        <source>%1 is not an image name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 不是有效的映像名称（字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;）</translation>
    </message>
    <message>
        <source>%1 is already the name of images[%2]</source>
        <translation>%1 已是 images[%2] 的名称</translation>
    </message>
    <message>
        <source>%1 is not in the image&apos;s folder %2</source>
        <translation>%1 不在映像的文件夹 %2 中</translation>
    </message>
    <message>
        <source>the ISO, archive or folder the image came from is required</source>
        <translation>必须给出映像来源的 ISO、归档或文件夹</translation>
    </message>
</context>
<context>
    <name>Site::TableText</name>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>this quote is never closed: the cell ends with its line</source>
        <translation>此引号未闭合：单元格到该行末尾结束</translation>
    </message>
    <message>
        <source>more than %1 columns: the rest of the line is ignored</source>
        <translation>超过 %1 列：已忽略该行其余部分</translation>
    </message>
</context>
<context>
    <name>Tftp::Server</name>
    <message>
        <source>TFTP stalled at %1-byte blocks: none got through, while smaller packets did. It gets at most %2-byte blocks for the next 30 minutes</source>
        <translation>TFTP 在 %1 字节的数据块上停滞：没有一个到达，而较小的数据包能到达。在接下来的 30 分钟内它最多收到 %2 字节的数据块</translation>
    </message>
</context>
<context>
    <name>Timeline::BootEvent</name>
    <message>
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>NetBoot</source>
        <translation>NetBoot</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>诊断</translation>
    </message>
</context>
<context>
    <name>Timeline::BootSession</name>
    <message>
        <source>failed, no reason given</source>
        <translation>失败，未给出原因</translation>
    </message>
    <message>
        <source>the machine started over</source>
        <translation>机器重新开始启动</translation>
    </message>
    <message>
        <source>started over after fetching its boot loader %1: did the firmware refuse to run it (Secure Boot, wrong architecture)?</source>
        <translation>获取引导程序 %1 后重新开始启动：是否固件拒绝运行它（安全启动、架构不符）？</translation>
    </message>
    <message>
        <source>no free address</source>
        <translation>没有空闲地址</translation>
    </message>
    <message>
        <source>no boot file for it: %1</source>
        <translation>没有适用的启动文件：%1</translation>
    </message>
    <message>
        <source>offered %1, never requested: check the client&apos;s architecture</source>
        <translation>已提供 %1，但客户端从未请求：请检查客户端的架构</translation>
    </message>
    <message>
        <source>given boot file %1 by proxyDHCP, never asked for it</source>
        <translation>proxyDHCP 已提供启动文件 %1，但客户端从未请求该文件</translation>
    </message>
    <message>
        <source>got address %1, never asked for its boot file</source>
        <translation>已获得地址 %1，但从未请求启动文件</translation>
    </message>
    <message>
        <source>got an address, never asked for its boot file</source>
        <translation>已获得地址，但从未请求启动文件</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>引导程序</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>booting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>应答文件</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Rackside refused the NetBoot image it chose: %1</source>
        <translation>Rackside 拒绝了它选择的 NetBoot 映像：%1</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>映像列表</translation>
    </message>
    <message>
        <source>image choice</source>
        <translation>映像选择</translation>
    </message>
    <message>
        <source>got Rackside&apos;s proxyDHCP offer of %1 but never came back to port 4011 or for the file: its firmware may ignore proxyDHCP offers</source>
        <translation>收到了 Rackside 的 proxyDHCP 提供 %1，但从未回到 4011 端口或来取文件：它的固件可能忽略 proxyDHCP 提供</translation>
    </message>
</context>
<context>
    <name>Timeline::Diagnosis</name>
    <message>
        <source>Another DHCP server answers on this network. Stop it, keep the rack on a switch of its own, or set Rackside&apos;s DHCP mode to proxy so that the other server gives the addresses.</source>
        <translation>此网络上有另一个 DHCP 服务器在应答。停掉它，让机架使用自己的交换机，或者把 Rackside 的 DHCP 模式设为代理，由另一个服务器分配地址。</translation>
    </message>
    <message>
        <source>Some firmware ignores proxyDHCP offers. Serve addresses from Rackside on a network of its own, or have the other DHCP server name the boot file (options 66 and 67) for this machine.</source>
        <translation>有些固件会忽略 proxyDHCP 提供。请在独立的网络上由 Rackside 分配地址，或让另一个 DHCP 服务器为这台机器指定启动文件（选项 66 和 67）。</translation>
    </message>
    <message>
        <source>Rackside answers only on the interface chosen for the site. Choose the interface the machines are on, or plug the rack switch into the chosen one.</source>
        <translation>Rackside 只在为站点选定的接口上应答。请选择机器所在的接口，或把机架交换机接到选定的接口上。</translation>
    </message>
    <message>
        <source>Its switch port probably forwards only after a spanning-tree delay. Make the port an edge port (portfast) so that the firmware&apos;s first requests get through.</source>
        <translation>它的交换机端口可能要等生成树延迟之后才转发。把该端口设为边缘端口（portfast），让固件的第一批请求能够通过。</translation>
    </message>
    <message>
        <source>Path MTU smaller than 1500? A link between here and the machine (a VLAN, a tunnel) carries only smaller packets. Rackside now gives this machine smaller TFTP blocks; if the firmware gave up, boot it again.</source>
        <translation>路径 MTU 小于 1500？这里与机器之间的某条链路（VLAN、隧道）只能承载更小的数据包。Rackside 现在给这台机器更小的 TFTP 数据块；如果固件已放弃，请重新启动它。</translation>
    </message>
    <message>
        <source>A device with a fixed address sits inside the DHCP range. Take that address out of the range, or give the device a reservation.</source>
        <translation>有一台使用固定地址的设备位于 DHCP 地址范围内。把该地址移出范围，或为该设备设置保留地址。</translation>
    </message>
    <message>
        <source>Machines may take that server&apos;s offers instead of Rackside&apos;s. Find it by its MAC address in the switch&apos;s address table and stop it, or set Rackside&apos;s DHCP mode to proxy.</source>
        <translation>机器可能会接受该服务器的提供而不是 Rackside 的。通过交换机地址表中的 MAC 地址找到它并停掉，或把 Rackside 的 DHCP 模式设为代理。</translation>
    </message>
    <message>
        <source>Allow the ports Rackside serves (UDP 67, 69 and 4011, and its HTTP port) on the rack interface in the laptop&apos;s firewall.</source>
        <translation>在笔记本的防火墙中，允许机架接口上 Rackside 提供服务的端口（UDP 67、69 和 4011，以及它的 HTTP 端口）。</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1。处理办法：%2</translation>
    </message>
</context>
<context>
    <name>Timeline::StageReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>session %1: </source>
        <translation>会话 %1: </translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>started (%1)</source>
        <translation>开始（%1）</translation>
    </message>
    <message>
        <source>address %1 in %2</source>
        <translation>用时 %2 获得地址 %1</translation>
    </message>
    <message>
        <source>address from another server, %1 after the DISCOVER</source>
        <translation>从另一台服务器获得地址，距 DISCOVER %1</translation>
    </message>
    <message>
        <source>the booted system fetched</source>
        <translation>已启动的系统获取了</translation>
    </message>
    <message>
        <source>%1 %2 (%3 bytes in %4)</source>
        <translation>%1 %2（%3 字节，用时 %4）</translation>
    </message>
    <message>
        <source>the booted system asked for an address</source>
        <translation>已启动的系统请求了地址</translation>
    </message>
    <message>
        <source>failed after %1: %2</source>
        <translation>%1 后失败：%2</translation>
    </message>
    <message>
        <source>%1 %2 bytes</source>
        <translation>%1 %2 字节</translation>
    </message>
    <message>
        <source>handed over after %1: %2</source>
        <translation>%1 后已移交：%2</translation>
    </message>
    <message>
        <source>interrupted: the machine started over during the %1 stage</source>
        <translation>已中断：机器在 %1 阶段重新开始启动</translation>
    </message>
    <message>
        <source>installed after %1: its next boot is its local disk</source>
        <translation>%1 后安装完成：下次从本地磁盘启动</translation>
    </message>
    <message>
        <source>diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
</context>
<context>
    <name>Ui::BootPage</name>
    <message>
        <source>Filter machines: MAC, name, address, stage</source>
        <translation>筛选机器：MAC、名称、地址、阶段</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the present at the right edge (End)</source>
        <translation>让当前时刻保持在右边缘（End）</translation>
    </message>
    <message>
        <source>Show a shorter stretch of time (Ctrl++, or Ctrl+wheel over the lanes)</source>
        <translation>显示更短的时间段（Ctrl++，或在泳道上按住 Ctrl 滚动滚轮）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Show a longer stretch of time (Ctrl+-)</source>
        <translation>显示更长的时间段（Ctrl+-）</translation>
    </message>
    <message>
        <source>Select a machine to see its transfers and events.</source>
        <translation>选择一台机器以查看其传输和事件。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1, session %2: %3</source>
        <translation>%1，会话 %2：%3</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>已中止：%1</translation>
    </message>
    <message>
        <source>Add as a &amp;host…</source>
        <translation>添加为主机(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Copy MAC address</source>
        <translation>复制 MAC 地址(&amp;C)</translation>
    </message>
    <message>
        <source>Zoom i&amp;n</source>
        <translation>放大(&amp;N)</translation>
    </message>
    <message>
        <source>  Diagnosis: %1</source>
        <translation>  诊断：%1</translation>
    </message>
    <message>
        <source>no capture is kept</source>
        <translation>没有保留抓包</translation>
    </message>
    <message>
        <source>Save &amp;capture…</source>
        <translation>保存抓包(&amp;C)…</translation>
    </message>
    <message>
        <source>Save what Rackside saw of %1</source>
        <translation>保存 Rackside 看到的 %1 的数据包</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng 抓包文件 (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>Ui::ConfigPreview</name>
    <message>
        <source>Whose file to show: a host&apos;s, or what a machine Rackside does not know gets</source>
        <translation>显示谁的文件：某台主机的，或 Rackside 不认识的机器所获得的</translation>
    </message>
    <message>
        <source>GRUB reads grub.cfg; PXELINUX reads pxelinux.cfg</source>
        <translation>GRUB 读取 grub.cfg；PXELINUX 读取 pxelinux.cfg</translation>
    </message>
    <message>
        <source>Generated from the menus on each request; edit the menu, not this text</source>
        <translation>每次请求时根据菜单生成；请编辑菜单，而不是此文本</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>未知机器</translation>
    </message>
    <message>
        <source># The site has no menus: the boot tree&apos;s own files are served as they are.</source>
        <translation># 站点没有菜单：按原样提供启动目录树中自带的文件。</translation>
    </message>
    <message>
        <source># No menu for this machine: check the host&apos;s menu.</source>
        <translation># 此机器没有菜单：请检查该主机的菜单设置。</translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation>预览对象(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Ui::DhcpModePicker</name>
    <message>
        <source>Serve addresses</source>
        <translation>分配地址</translation>
    </message>
    <message>
        <source>Rackside hands out addresses from the site&apos;s ranges, and boot files</source>
        <translation>Rackside 从站点的地址范围分配地址，并提供启动文件</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Another DHCP server hands out addresses; Rackside only adds boot information</source>
        <translation>由另一台 DHCP 服务器分配地址；Rackside 仅补充启动信息</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Rackside&apos;s DHCP server does not run</source>
        <translation>不运行 Rackside 的 DHCP 服务器</translation>
    </message>
    <message>
        <source>What Rackside&apos;s DHCP server does on the boot network</source>
        <translation>Rackside 的 DHCP 服务器在启动网络上的工作方式</translation>
    </message>
    <message>
        <source>Macs only (BSDP)</source>
        <translation>仅 Mac（BSDP）</translation>
    </message>
    <message>
        <source>Another server does DHCP and PXE; Rackside answers only Macs&apos; NetBoot requests</source>
        <translation>由其他服务器提供 DHCP 和 PXE；Rackside 只回应 Mac 的 NetBoot 请求</translation>
    </message>
</context>
<context>
    <name>Ui::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
</context>
<context>
    <name>Ui::EventListPane</name>
    <message>
        <source>Filter by MAC address or details</source>
        <translation>按 MAC 地址或详细信息筛选</translation>
    </message>
    <message>
        <source>No boot events yet.

Choose the interface facing the machines and a DHCP mode, then press Start. Every DHCP request and answer appears here as it happens.</source>
        <translation>尚无启动事件。

请选择面向这些机器的接口和 DHCP 模式，然后点击“开始”。每个 DHCP 请求和应答都会实时显示在这里。</translation>
    </message>
</context>
<context>
    <name>Ui::HostsPage</name>
    <message>
        <source>&amp;Remove hosts</source>
        <translation>删除主机(&amp;R)</translation>
    </message>
    <message>
        <source>Filter hosts: MAC, name, address, menu, notes</source>
        <translation>筛选主机：MAC、名称、地址、菜单、备注</translation>
    </message>
    <message>
        <source>&amp;Add host</source>
        <translation>添加主机(&amp;A)</translation>
    </message>
    <message>
        <source>Add a host and type its MAC address (Insert)</source>
        <translation>添加主机并输入其 MAC 地址（Insert）</translation>
    </message>
    <message>
        <source>Remove the selected hosts (Delete)</source>
        <translation>删除所选主机（Delete）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste hosts</source>
        <translation>粘贴主机(&amp;P)</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet, a dhcpd.conf or dnsmasq lines (Ctrl+V)</source>
        <translation>添加从电子表格、dhcpd.conf 或 dnsmasq 配置行中复制的内容（Ctrl+V）</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n hosts from %1 (%2).</source>
        <translation>
            <numerusform>已从 %1（%2）添加 %n 台主机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(the Mac chooses)</source>
        <translation>（由 Mac 选择）</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>导入主机</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts imported.</source>
        <translation>
            <numerusform>已导入 %n 台主机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at:</source>
        <translation>
            <numerusform>有 %n 处需要检查：</numerusform>
        </translation>
    </message>
    <message>
        <source>seen booting %1</source>
        <translation>于 %1 发现启动</translation>
    </message>
    <message>
        <source>%1, seen booting %2</source>
        <translation>%1，于 %2 发现启动</translation>
    </message>
</context>
<context>
    <name>Ui::HostsTableModel</name>
    <message>
        <source>menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Boots the site&apos;s default menu</source>
        <translation>启动站点的默认菜单</translation>
    </message>
    <message>
        <source>Takes an address from the dynamic range</source>
        <translation>从动态地址范围获取地址</translation>
    </message>
    <message>
        <source>The machine&apos;s network card, as aa:bb:cc:dd:ee:ff</source>
        <translation>机器的网卡，格式为 aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>The name the machine gets over DHCP</source>
        <translation>机器通过 DHCP 获得的名称</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Inside the subnet, outside the dynamic range; empty: one from the range</source>
        <translation>位于子网内、动态地址范围外；留空：从动态地址范围分配</translation>
    </message>
    <message>
        <source>Fixed IP</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <source>A boot menu, or menu/entry for one entry; empty: the default menu</source>
        <translation>启动菜单，或用“菜单/菜单项”指定单个菜单项；留空：默认菜单</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>What the machine does when it next boots</source>
        <translation>机器下次启动时执行的操作</translation>
    </message>
    <message>
        <source>Next boot</source>
        <translation>下次启动</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>a new host</source>
        <translation>新主机</translation>
    </message>
    <message>
        <source>edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <source>add a host</source>
        <translation>添加主机</translation>
    </message>
    <message numerus="yes">
        <source>remove %n host(s)</source>
        <translation>
            <numerusform>删除 %n 台主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n host(s)</source>
        <translation>
            <numerusform>粘贴 %n 台主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) the default menu</source>
        <translation>
            <numerusform>为 %n 台主机设置默认菜单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) menu %1</source>
        <translation>
            <numerusform>为 %n 台主机设置菜单 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Boots its firmware&apos;s menu (%1), else the site&apos;s default menu</source>
        <translation>启动其固件对应的菜单（%1），否则使用站点的默认菜单</translation>
    </message>
    <message>
        <source>local disk</source>
        <translation>本地磁盘</translation>
    </message>
    <message>
        <source>Installed: its boot loader starts the local disk. Choose &quot;menu&quot; to install it again.</source>
        <translation>已安装：其引导程序启动本地磁盘。选择“菜单”可重新安装。</translation>
    </message>
    <message>
        <source>Boots its menu; an installer&apos;s install-done call switches it to its local disk</source>
        <translation>启动其菜单；安装程序调用 install-done 后改为从本地磁盘启动</translation>
    </message>
    <message>
        <source>the next boot is &quot;menu&quot; or &quot;local disk&quot;</source>
        <translation>下次启动为“菜单”或“本地磁盘”</translation>
    </message>
    <message>
        <source>install %1 again</source>
        <translation>重新安装 %1</translation>
    </message>
    <message>
        <source>boot %1 from its local disk</source>
        <translation>从本地磁盘启动 %1</translation>
    </message>
    <message>
        <source>No NetBoot image is called %1</source>
        <translation>没有名为 %1 的 NetBoot 映像</translation>
    </message>
    <message>
        <source>A Mac chooses from the NetBoot images (the default is preselected)</source>
        <translation>Mac 从 NetBoot 映像中选择（默认映像已预选）</translation>
    </message>
    <message>
        <source>A Mac boots this NetBoot image without choosing</source>
        <translation>Mac 无需选择即启动此 NetBoot 映像</translation>
    </message>
    <message>
        <source>For a Mac: the NetBoot image it boots without choosing; empty: it chooses</source>
        <translation>对于 Mac：无需选择即启动的 NetBoot 映像；留空：由它选择</translation>
    </message>
    <message>
        <source>Mac image</source>
        <translation>Mac 映像</translation>
    </message>
    <message>
        <source>no NetBoot image is called %1</source>
        <translation>没有名为 %1 的 NetBoot 映像</translation>
    </message>
    <message>
        <source>let %1 choose its NetBoot image</source>
        <translation>让 %1 自行选择 NetBoot 映像</translation>
    </message>
    <message>
        <source>pin %1 to NetBoot image %2</source>
        <translation>将 %1 固定到 NetBoot 映像 %2</translation>
    </message>
</context>
<context>
    <name>Ui::ImageChanges</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 (saved in the site)</source>
        <translation>%1（已保存到站点）</translation>
    </message>
    <message>
        <source>Cannot save site</source>
        <translation>无法保存站点</translation>
    </message>
    <message>
        <source>%1; save the site to keep it</source>
        <translation>%1；请保存站点以保留</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1 imported as %2, with an entry in the menu %3</source>
        <translation>%1 已导入为 %2，并在菜单 %3 中添加了一个菜单项</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Mac NetBoot 映像</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 未添加：%2</translation>
    </message>
    <message>
        <source>add Mac NetBoot image %1</source>
        <translation>添加 Mac NetBoot 映像 %1</translation>
    </message>
    <message>
        <source>Mac NetBoot image %1 added (BSDP id %2)</source>
        <translation>已添加 Mac NetBoot 映像 %1（BSDP ID %2）</translation>
    </message>
    <message>
        <source>Remove Mac NetBoot image</source>
        <translation>移除 Mac NetBoot 映像</translation>
    </message>
    <message>
        <source>Remove %1 from the Macs&apos; boot picker? Hosts pinned to it choose again; an NBI folder stays on disk.</source>
        <translation>从 Mac 的启动选择器中移除 %1？固定到它的主机将重新选择；NBI 文件夹保留在磁盘上。</translation>
    </message>
    <message>
        <source>remove Mac NetBoot image %1</source>
        <translation>移除 Mac NetBoot 映像 %1</translation>
    </message>
    <message>
        <source>Mac NetBoot image %1 removed</source>
        <translation>已移除 Mac NetBoot 映像 %1</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除映像</translation>
    </message>
    <message>
        <source>Remove %1, its copies in the boot tree and the menu entries that boot it (%2)? The site is saved at once.</source>
        <translation>移除 %1、其在启动目录中的副本以及启动它的菜单项（%2）吗？站点会立即保存。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>remove image %1</source>
        <translation>移除映像 %1</translation>
    </message>
    <message>
        <source>Could not delete all of images/%1 in the boot tree</source>
        <translation>无法完全删除启动目录中的 images/%1</translation>
    </message>
    <message>
        <source>Image %1 removed</source>
        <translation>映像 %1 已移除</translation>
    </message>
</context>
<context>
    <name>Ui::ImagesPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import an installer ISO, a netboot archive, or a kernel and its initrds. You can also drop them anywhere on the window.</source>
        <translation>导入安装 ISO、netboot 归档，或内核及其 initrd。也可以把它们拖放到窗口任意位置。</translation>
    </message>
    <message>
        <source>Drop an installer ISO on the window to import it.</source>
        <translation>将安装 ISO 拖放到窗口上即可导入。</translation>
    </message>
    <message>
        <source>Import installer images</source>
        <translation>导入安装映像</translation>
    </message>
    <message>
        <source>Installer images (*.iso *.tar.gz *.tgz);;Kernel and initrds (*)</source>
        <translation>安装映像 (*.iso *.tar.gz *.tgz);;内核和 initrd (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>One import at a time: %1 is still being imported.</source>
        <translation>一次只能导入一个：%1 仍在导入中。</translation>
    </message>
    <message>
        <source>Save the site first: imported kernels and initrds go into its boot tree.</source>
        <translation>请先保存站点（Save the site first）：导入的内核和 initrd 会放入其启动目录。</translation>
    </message>
    <message>
        <source>Copying %1 (file %2 of %3): %4 of %5</source>
        <translation>正在复制 %1（第 %2 个文件，共 %3 个）：%4 / %5</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation>已将 %1 导入为 %2（Imported %1）。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was copied.</source>
        <translation>导入已取消（cancelled）：未复制任何内容。</translation>
    </message>
    <message>
        <source>Import an unknown image?</source>
        <translation>导入未知映像？</translation>
    </message>
    <message>
        <source>Rackside does not know what %1 installs. Import its kernel %2 and initrd %3 as they are? You will write the kernel arguments yourself on the Menus page.</source>
        <translation>Rackside 不知道 %1 安装的是什么。按原样导入其内核 %2 和 initrd %3 吗？内核参数需要您在“菜单”页自行填写。</translation>
    </message>
    <message>
        <source>Debian&apos;s ISO cannot boot over the network</source>
        <translation>Debian 的 ISO 无法通过网络启动</translation>
    </message>
    <message>
        <source>Choose the netboot initrd now?</source>
        <translation>现在选择 netboot initrd 吗？</translation>
    </message>
    <message>
        <source>Debian netboot initrd</source>
        <translation>Debian netboot initrd</translation>
    </message>
    <message>
        <source>initrd (initrd.gz);;All files (*)</source>
        <translation>initrd (initrd.gz);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Ui::ImagesTableModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>kernel and initrd</source>
        <translation>内核和 initrd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>发行版</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Menu entries</source>
        <translation>菜单项</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入自</translation>
    </message>
</context>
<context>
    <name>Ui::InterfacePicker</name>
    <message>
        <source>The network interface facing the machines to boot</source>
        <translation>面向待启动机器的网络接口</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>无链路</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>无 IPv4 地址</translation>
    </message>
    <message>
        <source>Choose an interface…</source>
        <translation>选择接口…</translation>
    </message>
    <message>
        <source>Rackside answers only on the interface you choose</source>
        <translation>Rackside 只在所选接口上应答</translation>
    </message>
    <message>
        <source>%1: up, %2</source>
        <translation>%1：已启用，%2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 无法使用：%2</translation>
    </message>
    <message>
        <source>not on this machine</source>
        <translation>本机上不存在</translation>
    </message>
    <message>
        <source>The site names %1, which this machine does not have: choose another</source>
        <translation>站点指定的接口 %1 在本机上不存在：请选择其他接口</translation>
    </message>
</context>
<context>
    <name>Ui::LanguageChoice</name>
    <message>
        <source>System language (%1)</source>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>Takes effect when Rackside starts again</source>
        <translation>Rackside 重新启动后生效</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>&amp;Boot</source>
        <translation>启动(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>%1 is already a host</source>
        <translation>%1 已在主机列表中</translation>
    </message>
    <message>
        <source>Added %1 as a host (row %2): give it a name and an address</source>
        <translation>已将 %1 添加为主机（第 %2 行）：请为其设置名称和地址</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>导入主机</translation>
    </message>
    <message>
        <source>Host lists (dhcpd.conf *.conf *.csv *.tsv *.txt);;All files (*)</source>
        <translation>主机列表 (dhcpd.conf *.conf *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>新建站点(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open site…</source>
        <translation>打开站点(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation>保存站点(&amp;S)</translation>
    </message>
    <message>
        <source>Save site &amp;as…</source>
        <translation>站点另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import hosts…</source>
        <translation>导入主机(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>接口(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;DHCP</source>
        <translation>DHCP(&amp;D)</translation>
    </message>
    <message>
        <source>Could not reopen %1: %2</source>
        <translation>无法重新打开 %1：%2</translation>
    </message>
    <message>
        <source>New site. Choose an interface and a DHCP mode, or open a site (File ▸ Open site…).</source>
        <translation>新站点。请选择接口和 DHCP 模式，或打开一个站点（文件 ▸ 打开站点…）。</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>新站点</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The site&apos;s interface %1 cannot be used on this machine: choose another.</source>
        <translation>站点的接口 %1 在本机上无法使用：请选择其他接口。</translation>
    </message>
    <message>
        <source>Choose the interface facing the machines to boot, then press Start.</source>
        <translation>请选择面向待启动机器的接口，然后点击“开始”。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop all services</source>
        <translation>停止所有服务</translation>
    </message>
    <message>
        <source>Start all services on the chosen interface</source>
        <translation>在所选接口上启动所有服务</translation>
    </message>
    <message>
        <source>Stop the services to change this</source>
        <translation>需先停止服务才能更改此项</translation>
    </message>
    <message>
        <source>&amp;Menus</source>
        <translation>菜单(&amp;M)</translation>
    </message>
    <message>
        <source>Every machine&apos;s boot, live (Alt+B)</source>
        <translation>实时显示每台机器的启动过程（Alt+B）</translation>
    </message>
    <message>
        <source>The machines Rackside knows by MAC address (Alt+H)</source>
        <translation>Rackside 按 MAC 地址识别的机器（Alt+H）</translation>
    </message>
    <message>
        <source>Boot menus and the grub.cfg each machine gets (Alt+M)</source>
        <translation>启动菜单及每台机器获得的 grub.cfg（Alt+M）</translation>
    </message>
    <message>
        <source>Every event, as it happened (Alt+L)</source>
        <translation>所有事件，按发生顺序实时记录（Alt+L）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1 (%2)</source>
        <translation>
            <numerusform>已从 %1（%2）导入 %n 台主机</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n 台机器</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Rackside will speak %1 from its next start.</source>
        <translation>Rackside 下次启动时将使用 %1。</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>映像(&amp;I)</translation>
    </message>
    <message>
        <source>Installer images imported into the site; drop an ISO anywhere to import it (Alt+I)</source>
        <translation>导入到站点的安装映像；将 ISO 拖放到任意位置即可导入（Alt+I）</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before you switch or rename the site.</source>
        <translation>请等待导入完成或取消导入，然后再切换或重命名站点。</translation>
    </message>
    <message>
        <source>Cancel the import and quit?</source>
        <translation>取消导入并退出？</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Mac NetBoot 映像</translation>
    </message>
    <message>
        <source>%1 is installed: it boots its local disk from now on</source>
        <translation>%1 已安装：从现在起从本地磁盘启动</translation>
    </message>
    <message>
        <source>use interface %1</source>
        <translation>使用接口 %1</translation>
    </message>
    <message>
        <source>DHCP mode %1</source>
        <translation>DHCP 模式 %1</translation>
    </message>
    <message>
        <source>Capture saved to %1</source>
        <translation>抓包已保存到 %1</translation>
    </message>
    <message>
        <source>Capture not saved</source>
        <translation>抓包未保存</translation>
    </message>
</context>
<context>
    <name>Ui::MenuEntryForm</name>
    <message>
        <source>A short id, unique in the menu: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;. Hosts name one entry as menu/entry.</source>
        <translation>简短标识，在菜单内唯一：只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。主机以“菜单/菜单项”的形式指定单个菜单项。</translation>
    </message>
    <message>
        <source>What the boot menu shows</source>
        <translation>启动菜单中显示的文字</translation>
    </message>
    <message>
        <source>The kernel, a path in the boot tree; pick one or type it</source>
        <translation>内核，即启动目录树中的路径；可从列表中选择或直接输入</translation>
    </message>
    <message>
        <source>Initrds in the boot tree, loaded in this order, separated by spaces</source>
        <translation>启动目录树中的 initrd，按此顺序加载，以空格分隔</translation>
    </message>
    <message>
        <source>The kernel command line. {server}, {hostname}, {mac} and {ip} become the booting machine&apos;s values.</source>
        <translation>内核命令行。{server}、{hostname}、{mac} 和 {ip} 会替换为正在启动的机器的对应值。</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>插入变量(&amp;V)</translation>
    </message>
    <message>
        <source>Inserts a variable at the cursor in the kernel arguments</source>
        <translation>在内核参数的光标处插入变量</translation>
    </message>
    <message>
        <source>Rackside&apos;s address, as the machine reaches it</source>
        <translation>机器访问 Rackside 所用的地址</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>the machine&apos;s MAC address</source>
        <translation>机器的 MAC 地址</translation>
    </message>
    <message>
        <source>the machine&apos;s IP address</source>
        <translation>机器的 IP 地址</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>内核(&amp;K)：</translation>
    </message>
    <message>
        <source>The entry needs a name.</source>
        <translation>菜单项需要名称。</translation>
    </message>
    <message>
        <source>The name %1 can only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>名称 %1 只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The menu already has an entry called %1.</source>
        <translation>菜单中已有名为 %1 的菜单项。</translation>
    </message>
    <message>
        <source>The entry needs a kernel.</source>
        <translation>菜单项需要指定内核。</translation>
    </message>
    <message>
        <source>%1 is not in the boot tree: a machine booting this entry would stop there.</source>
        <translation>%1 不在启动目录树中：启动此菜单项的机器会在此处停止。</translation>
    </message>
    <message>
        <source>{%1} is not a variable: the kernel gets it as written. Known: {server}, {hostname}, {mac}, {ip}.</source>
        <translation>{%1} 不是变量：内核将按原样接收。可用变量：{server}、{hostname}、{mac}、{ip}。</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Sho&amp;wn as:</source>
        <translation>显示为(&amp;W)：</translation>
    </message>
    <message>
        <source>Init&amp;rds:</source>
        <translation>initrd(&amp;R)：</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>参数(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>Ui::MenuForm</name>
    <message>
        <source>A short id, unique in the site; hosts name their menu by it</source>
        <translation>简短标识，在站点内唯一；主机通过它指定菜单</translation>
    </message>
    <message>
        <source>Shown above the entries; may be empty</source>
        <translation>显示在菜单项上方；可以为空</translation>
    </message>
    <message>
        <source>The entry booted when nobody presses a key</source>
        <translation>无人按键时启动的菜单项</translation>
    </message>
    <message>
        <source>wait forever</source>
        <translation>一直等待</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Seconds before the default entry boots; 0 boots it at once</source>
        <translation>启动默认菜单项前等待的秒数；0 表示立即启动</translation>
    </message>
    <message>
        <source>Machines that are not hosts, and hosts without a menu, boot this menu</source>
        <translation>不在主机列表中的机器，以及未指定菜单的主机，都启动此菜单</translation>
    </message>
    <message>
        <source>Menu &amp;name:</source>
        <translation>菜单名称(&amp;N)：</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>第一个菜单项</translation>
    </message>
    <message>
        <source>The menu needs a name.</source>
        <translation>菜单需要名称。</translation>
    </message>
    <message>
        <source>The name %1 can only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>名称 %1 只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>There is already a menu called %1.</source>
        <translation>已有名为 %1 的菜单。</translation>
    </message>
    <message>
        <source>Unknown ma&amp;chines get this menu</source>
        <translation>未知机器使用此菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Menu &amp;title:</source>
        <translation>菜单标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Default entr&amp;y:</source>
        <translation>默认菜单项(&amp;Y)：</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 machines without a menu of their own get this one rather than the default (GRUB tells the firmware apart when it runs; PXELINUX counts as BIOS)</source>
        <translation>没有自己菜单的 %1 机器将获得此菜单，而不是默认菜单（GRUB 在运行时区分固件；PXELINUX 视为 BIOS）</translation>
    </message>
    <message>
        <source>For firmware:</source>
        <translation>适用固件：</translation>
    </message>
</context>
<context>
    <name>Ui::MenusModel</name>
    <message>
        <source>add menu %1</source>
        <translation>添加菜单 %1</translation>
    </message>
    <message>
        <source>remove menu %1</source>
        <translation>删除菜单 %1</translation>
    </message>
    <message>
        <source>edit menu %1</source>
        <translation>编辑菜单 %1</translation>
    </message>
    <message>
        <source>make %1 the default menu</source>
        <translation>将 %1 设为默认菜单</translation>
    </message>
    <message>
        <source>add entry %1 to %2</source>
        <translation>向 %2 添加菜单项 %1</translation>
    </message>
    <message>
        <source>remove entry %1 from %2</source>
        <translation>从 %2 删除菜单项 %1</translation>
    </message>
    <message>
        <source>edit entry %1 of %2</source>
        <translation>编辑 %2 的菜单项 %1</translation>
    </message>
    <message>
        <source>move entry %1 of %2</source>
        <translation>移动 %2 的菜单项 %1</translation>
    </message>
    <message>
        <source>The default menu (in bold): machines without a menu of their own get it</source>
        <translation>默认菜单（粗体显示）：没有指定菜单的机器使用此菜单</translation>
    </message>
    <message>
        <source>%1, the default entry (in bold): %2 %3</source>
        <translation>%1，默认菜单项（粗体显示）：%2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 machines get the default menu</source>
        <translation>%1 机器使用默认菜单</translation>
    </message>
    <message>
        <source>%1 machines get menu %2</source>
        <translation>%1 机器使用菜单 %2</translation>
    </message>
</context>
<context>
    <name>Ui::MenusPage</name>
    <message>
        <source>The site&apos;s boot menus; hosts boot one of them or one of their entries</source>
        <translation>站点的启动菜单；主机启动其中某个菜单或某个菜单项</translation>
    </message>
    <message>
        <source>The selected menu&apos;s entries, in the order the menu shows them; drag one, or press Alt+Up and Alt+Down, to move it</source>
        <translation>所选菜单的菜单项，按菜单中的显示顺序排列；拖动菜单项或按 Alt+Up 和 Alt+Down 可移动它</translation>
    </message>
    <message>
        <source>Hosts that boot the selected menu (or one of its entries); tick a host to give it this menu, untick it to give it the default</source>
        <translation>启动所选菜单（或其某个菜单项）的主机；勾选主机即为其指定此菜单，取消勾选则改用默认菜单</translation>
    </message>
    <message>
        <source>Add an empty menu</source>
        <translation>添加空菜单</translation>
    </message>
    <message>
        <source>Copy the menu with its entries</source>
        <translation>复制菜单及其菜单项</translation>
    </message>
    <message>
        <source>Remove the menu; its hosts get the default menu</source>
        <translation>删除菜单；使用它的主机将改用默认菜单</translation>
    </message>
    <message>
        <source>Add an entry after the selected one</source>
        <translation>在所选菜单项之后添加菜单项</translation>
    </message>
    <message>
        <source>Copy the entry below itself</source>
        <translation>在菜单项下方添加其副本</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>删除菜单项</translation>
    </message>
    <message>
        <source>Move the entry up</source>
        <translation>上移菜单项</translation>
    </message>
    <message>
        <source>Move the entry down</source>
        <translation>下移菜单项</translation>
    </message>
    <message>
        <source>What the machine gets</source>
        <translation>机器获得的内容</translation>
    </message>
    <message>
        <source>no MAC yet</source>
        <translation>尚无 MAC</translation>
    </message>
    <message>
        <source>Boots this menu, the default</source>
        <translation>启动此菜单（默认菜单）</translation>
    </message>
    <message>
        <source>Boots the default menu</source>
        <translation>启动默认菜单</translation>
    </message>
    <message>
        <source>Boots only entry %1 of this menu</source>
        <translation>只启动此菜单的菜单项 %1</translation>
    </message>
    <message>
        <source>Boots menu %1</source>
        <translation>启动菜单 %1</translation>
    </message>
    <message>
        <source>rename menu %1 to %2</source>
        <translation>将菜单 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>rename entry %1 to %2</source>
        <translation>将菜单项 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>remove menu %1</source>
        <translation>删除菜单 %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新菜单项</translation>
    </message>
    <message>
        <source>remove entry %1 from %2</source>
        <translation>从 %2 删除菜单项 %1</translation>
    </message>
    <message>
        <source>Add menu</source>
        <translation>添加菜单</translation>
    </message>
    <message>
        <source>Duplicate menu</source>
        <translation>复制菜单</translation>
    </message>
    <message>
        <source>Remove menu</source>
        <translation>删除菜单</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加菜单项</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>复制菜单项</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除菜单项</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Men&amp;us</source>
        <translation>菜单(&amp;U)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>菜单项</translation>
    </message>
    <message>
        <source>Hosts booting this menu</source>
        <translation>启动此菜单的主机</translation>
    </message>
    <message>
        <source>Boots this menu on %1 firmware, else the default menu</source>
        <translation>在 %1 固件上启动此菜单，否则使用默认菜单</translation>
    </message>
</context>
<context>
    <name>Ui::NetbootImagesModel</name>
    <message>
        <source>Rackside&apos;s GRUB booter: the Mac boots its menu, like a PC</source>
        <translation>Rackside 的 GRUB 引导程序：Mac 像 PC 一样启动其菜单</translation>
    </message>
    <message>
        <source>Served from %1</source>
        <translation>从 %1 提供</translation>
    </message>
    <message>
        <source>the boot tree</source>
        <translation>启动目录</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>hardware test</source>
        <translation>硬件测试</translation>
    </message>
    <message>
        <source>%1, installer</source>
        <translation>%1，安装程序</translation>
    </message>
    <message>
        <source>every Mac</source>
        <translation>所有 Mac</translation>
    </message>
    <message>
        <source>Rackside&apos;s GRUB</source>
        <translation>Rackside 的 GRUB</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Mac NetBoot 映像</translation>
    </message>
    <message>
        <source>BSDP id</source>
        <translation>BSDP ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Booter</source>
        <translation>引导程序</translation>
    </message>
    <message>
        <source>Pinned hosts</source>
        <translation>已固定的主机</translation>
    </message>
</context>
<context>
    <name>Ui::NetbootImagesPane</name>
    <message>
        <source>Add NBI folder…</source>
        <translation>添加 NBI 文件夹…</translation>
    </message>
    <message>
        <source>Add GRUB image…</source>
        <translation>添加 GRUB 映像…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>An Apple NetBoot image folder (.nbi) made by System Image Utility or AutoNBI; served as it is. You can also drop it on the window.</source>
        <translation>由 System Image Utility 或 AutoNBI 制作的 Apple NetBoot 映像文件夹（.nbi），按原样提供。也可以把它拖放到窗口上。</translation>
    </message>
    <message>
        <source>An entry in the Mac&apos;s boot picker that starts Rackside&apos;s GRUB booter: the Mac then boots its menu, like a PC</source>
        <translation>Mac 启动选择器中的一项，启动 Rackside 的 GRUB 引导程序：随后 Mac 像 PC 一样启动其菜单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mac NetBoot images&lt;/b&gt; (BSDP: what Intel Macs see when they start with N held down or pick a network disk)</source>
        <translation>&lt;b&gt;Mac NetBoot 映像&lt;/b&gt;（BSDP：Intel Mac 按住 N 键启动或选择网络磁盘时看到的内容）</translation>
    </message>
    <message>
        <source>Add an Apple NBI folder</source>
        <translation>添加 Apple NBI 文件夹</translation>
    </message>
    <message>
        <source>Add a Mac NetBoot image</source>
        <translation>添加 Mac NetBoot 映像</translation>
    </message>
    <message>
        <source>The name the Mac&apos;s boot picker shows:</source>
        <translation>Mac 启动选择器显示的名称：</translation>
    </message>
    <message>
        <source>Rackside</source>
        <translation>Rackside</translation>
    </message>
</context>
<context>
    <name>Ui::OtherServersDialog</name>
    <message>
        <source>Another DHCP server answered</source>
        <translation>另一台 DHCP 服务器作出了应答</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1.</source>
        <translation>另一台 DHCP 服务器在 %1 上应答。</translation>
    </message>
    <message>
        <source>Two servers handing out addresses on one network give machines conflicting leases, so Rackside has not started.

In proxy mode the other server keeps handing out addresses and Rackside only adds the boot information.</source>
        <translation>同一网络中有两台服务器分配地址，会使机器获得相互冲突的租约，因此 Rackside 未启动。

在代理模式下，另一台服务器继续分配地址，Rackside 仅补充启动信息。</translation>
    </message>
    <message>
        <source>Use proxy mode</source>
        <translation>使用代理模式</translation>
    </message>
    <message>
        <source>Serve anyway</source>
        <translation>仍然分配地址</translation>
    </message>
    <message>
        <source>Hand out addresses although the other server does too</source>
        <translation>即使另一台服务器也在分配地址，仍然分配地址</translation>
    </message>
</context>
<context>
    <name>Ui::ServiceLights</name>
    <message>
        <source>ports %1, %2</source>
        <translation>端口 %1、%2</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>DHCP off</source>
        <translation>DHCP 已关闭</translation>
    </message>
    <message>
        <source>%1 stopped · %2</source>
        <extracomment>%1 is TFTP or HTTP, %2 &quot;port 69&quot;</extracomment>
        <translation>%1 已停止 · %2</translation>
    </message>
    <message>
        <source>Looking for other DHCP servers…</source>
        <translation>正在查找其他 DHCP 服务器…</translation>
    </message>
    <message>
        <source>%1 running · %2</source>
        <translation>%1 运行中 · %2</translation>
    </message>
    <message>
        <source>%1 failed · %2</source>
        <translation>%1 失败 · %2</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is TFTP or HTTP</extracomment>
        <translation>%1 已关闭</translation>
    </message>
    <message>
        <source>%1 waits for the DHCP check</source>
        <translation>%1 等待 DHCP 检查</translation>
    </message>
    <message>
        <source>%1 off: the site has no boot tree</source>
        <translation>%1 已关闭：站点没有启动目录树</translation>
    </message>
</context>
<context>
    <name>Ui::SiteFiles</name>
    <message>
        <source>Cannot open site</source>
        <translation>无法打开站点</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 无法使用：</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>打开站点</translation>
    </message>
    <message>
        <source>Rackside sites (*.json);;All files (*)</source>
        <translation>Rackside 站点 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save site as</source>
        <translation>站点另存为</translation>
    </message>
    <message>
        <source>Rackside sites (*.json)</source>
        <translation>Rackside 站点 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save site</source>
        <translation>无法保存站点</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>是否保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>No recent sites</source>
        <translation>没有最近的站点</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineDelegate</name>
    <message>
        <source>%1: %2 - %3 (%4 s)</source>
        <translation>%1：%2 - %3（%4 秒）</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes</source>
        <translation>%1 %2：%3 字节</translation>
    </message>
    <message>
        <source> (in flight)</source>
        <translation> (传输中)</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineModel</name>
    <message>
        <source>%1, boot session %2</source>
        <translation>%1，启动会话 %2</translation>
    </message>
    <message>
        <source>Vendor class: %1</source>
        <translation>厂商类别：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>started over during the %1 stage</source>
        <translation>在 %1 阶段重新开始启动</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>，%1/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>，剩余 %1 秒</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
</TS>

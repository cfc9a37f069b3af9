import type { Bank } from "../types";

// Kernel: núcleo do SO, software x hardware, drivers, chamadas de sistema, user/kernel space, arquiteturas, namespaces e cgroups.
export const kernelBank: Bank = {
  id: "kernel",
  title: "Kernel",
  language: "pt-BR",
  description:
    "O núcleo do sistema operacional: papel do kernel, drivers, chamadas de sistema, arquiteturas e os recursos que sustentam os containers.",
  questions: [
    {
      id: "kernel-01",
      type: "single",
      prompt: "No contexto de sistemas operacionais, o que é o kernel?",
      options: [
        "O hardware central do computador, como CPU e placa-mãe",
        "O firmware (BIOS ou UEFI)",
        "O núcleo do sistema operacional",
        "O conjunto de programas que vem com o sistema",
      ],
      correct: [2],
      explanation:
        "Kernel (“núcleo”) é a parte central do sistema operacional, não do computador, como dizem as anotações: é software, sempre na memória, que gerencia CPU, memória e dispositivos.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-02",
      type: "single",
      prompt: "Qual é o papel central do kernel entre os programas e o hardware?",
      options: [
        "Intermediar e controlar o acesso ao hardware",
        "Traduzir o código dos programas para linguagem de máquina",
        "Desenhar as janelas na tela",
        "Deixar os programas usarem o hardware sem restrições",
      ],
      correct: [0],
      explanation:
        "Os programas pedem recursos (disco, rede, memória) ao kernel, que decide quem acessa o quê e usa os drivers. Traduzir código é papel do compilador; as janelas são do ambiente gráfico.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-03",
      type: "single",
      prompt: "Qual é o kernel usado pelas versões atuais do Windows?",
      options: [
        "A pasta System32, onde ficam os arquivos do sistema",
        "O Windows NT (ntoskrnl.exe)",
        "O MS-DOS, que ainda roda por baixo do Windows",
        "O Explorer (explorer.exe), que controla a área de trabalho",
      ],
      correct: [1],
      explanation:
        "As anotações citam “Sys32”, mas System32 é uma pasta. O kernel do Windows é o NT, um kernel híbrido, cujo arquivo ntoskrnl.exe fica nela. O MS-DOS deixou de ser a base no Windows XP.",
      timeLimitSec: 20,
      // Doubled: it corrects the notes, the point the class most needs to take away.
      pointsMode: "double",
    },
    {
      id: "kernel-04",
      type: "truefalse",
      prompt: "Os repositórios de pacotes de uma distribuição Linux são um exemplo de kernel.",
      options: ["Verdadeiro", "Falso"],
      correct: [1],
      explanation:
        "As anotações citam “Repositórios Linux”, mas repositórios são servidores que distribuem pacotes. O exemplo certo é o kernel Linux, que a distribuição instala com os demais programas.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-05",
      type: "single",
      prompt: "Um player toca uma música. Qual caminho o som percorre até a placa de som?",
      options: [
        "Player → placa de som, sem o kernel",
        "Player → driver embutido no próprio player → placa de som",
        "Player → BIOS/UEFI, que controla o hardware → placa de som",
        "Player → kernel (driver de áudio) → placa de som",
      ],
      correct: [3],
      explanation:
        "Como dizem as anotações, o player entrega o áudio ao kernel por chamadas de sistema (muitas vezes via um servidor de som), e o driver de áudio, no kernel, controla a placa. O firmware não entra.",
      // Four arrows to compare: more reading than a one-line answer.
      timeLimitSec: 30,
    },
    {
      id: "kernel-06",
      type: "single",
      prompt: "Como um programa comum, como o `cat` em `cat notas.txt`, pede ao kernel para ler um arquivo do disco?",
      options: [
        "Fazendo uma chamada de sistema (system call)",
        "Pedindo ao shell, que lê o arquivo e lhe entrega o conteúdo",
        "Pela biblioteca C (libc), que lê o disco sem envolver o kernel",
        "Lendo os setores do disco direto, já que o arquivo é do usuário",
      ],
      correct: [0],
      explanation:
        "Chamadas de sistema (como `openat` e `read`) são a porta controlada para o kernel; a libc só as embrulha, e o shell só inicia o `cat`. Veja com `strace cat /etc/hostname`.",
      timeLimitSec: 30,
    },
    {
      id: "kernel-07",
      type: "multiple",
      prompt: "Quais destas tarefas são responsabilidades do kernel?",
      options: [
        "Escalonar os processos na CPU",
        "Gerenciar a memória dos processos",
        "Interpretar os comandos digitados no terminal",
        "Instalar programas a partir dos repositórios",
        "Controlar o acesso ao disco e à rede",
      ],
      correct: [0, 1, 4],
      explanation:
        "O kernel escalona a CPU, gerencia a memória e controla disco e rede. Os comandos do terminal são lidos pelo shell (como o Bash), e quem instala programas é o gerenciador de pacotes.",
      // Five options, all to be judged: all-or-nothing takes longer than a single choice.
      timeLimitSec: 40,
    },
    {
      id: "kernel-08",
      type: "single",
      prompt: "Onde rodam normalmente aplicativos como o navegador e o editor de texto?",
      options: [
        "No espaço do kernel, para acessar o hardware mais rápido",
        "No espaço de usuário, com acesso restrito",
        "No espaço de usuário, sem restrições",
        "No espaço do kernel, quando executados como administrador",
      ],
      correct: [1],
      explanation:
        "Aplicativos rodam no espaço de usuário, com acesso restrito, mesmo como root ou administrador: privilégio de usuário não é modo kernel. Para usar o hardware, eles pedem ao kernel.",
      timeLimitSec: 30,
    },
    {
      id: "kernel-09",
      type: "truefalse",
      prompt:
        "No Linux, a maioria dos drivers é distribuída como módulos do kernel, que podem ser carregados quando necessário.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "Os drivers ficam no kernel, como dizem as anotações, e a maioria é módulo (arquivos `.ko`) carregado sob demanda, com `modprobe`, sem reiniciar; `lsmod` lista os carregados.",
      // A long statement to read before judging it.
      timeLimitSec: 30,
    },
    {
      id: "kernel-10",
      type: "single",
      prompt: "Como o kernel Linux é classificado quanto à arquitetura?",
      options: [
        "Monolítico, com módulos carregáveis",
        "Microkernel, com drivers fora do kernel",
        "Híbrido, como o Windows NT",
      ],
      correct: [0],
      explanation:
        "O Linux é monolítico: escalonador, memória, sistemas de arquivos e drivers rodam no espaço do kernel, e muitos drivers são módulos carregados em execução. O NT (Windows) e o XNU (macOS) são híbridos.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-11",
      type: "single",
      prompt: "O que caracteriza um microkernel?",
      options: [
        "Roda todos os drivers dentro do espaço do kernel",
        "É um kernel pequeno, feito para microcontroladores",
        "Carrega os drivers como módulos, só quando necessário",
        "Só o essencial fica no kernel; drivers rodam fora",
      ],
      correct: [3],
      explanation:
        "Um microkernel (seL4, MINIX 3) guarda no kernel só memória, escalonamento e comunicação entre processos; drivers rodam como processos. Módulos carregáveis são do Linux, que é monolítico.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-12",
      type: "multiple",
      prompt: "Quais recursos do kernel Linux são a base dos containers?",
      options: ["Namespaces", "KVM, o hypervisor do kernel", "cgroups (control groups)", "Módulos carregáveis (.ko)"],
      correct: [0, 2],
      explanation:
        "Namespaces limitam o que o processo enxerga (PIDs, rede, montagens) e cgroups limitam o que ele consome (CPU, memória). O KVM é a base de máquinas virtuais, não de containers.",
      timeLimitSec: 30,
    },
    {
      id: "kernel-13",
      type: "single",
      prompt:
        "Qual recurso do kernel faz um processo enxergar só os próprios processos, a própria rede e os próprios pontos de montagem?",
      options: ["cgroups", "chroot", "Namespaces", "Capabilities"],
      correct: [2],
      explanation:
        "Namespaces dão a um processo uma visão própria de PIDs, rede, montagens e hostname. O chroot só troca a raiz dos arquivos, os cgroups limitam consumo e as capabilities dividem os poderes do root.",
      // A long statement to read before judging it.
      timeLimitSec: 30,
    },
    {
      id: "kernel-14",
      type: "single",
      prompt: "Para que servem os cgroups (control groups) do kernel Linux?",
      options: [
        "Isolar o que o processo enxerga",
        "Limitar e medir CPU, memória e E/S de processos",
        "Agrupar usuários que têm as mesmas permissões",
        "Dar aos processos uma raiz de arquivos própria",
      ],
      correct: [1],
      explanation:
        "Os cgroups controlam quanto um grupo de processos consome: CPU, memória, E/S. O Docker os usa em `docker run --memory 512m`. O que o processo enxerga é papel dos namespaces.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-15",
      type: "truefalse",
      prompt:
        "O kernel roda em modo privilegiado da CPU, com acesso total ao hardware; os aplicativos rodam em modo restrito.",
      options: ["Verdadeiro", "Falso"],
      correct: [0],
      explanation:
        "A CPU tem níveis de privilégio: o kernel roda no modo kernel, com acesso total; os aplicativos, no modo usuário. Para usar o hardware, o aplicativo faz uma chamada de sistema.",
      // A long statement to read before judging it.
      timeLimitSec: 30,
    },
    {
      id: "kernel-16",
      type: "multiple",
      prompt: "Quais destes são kernels de sistemas operacionais?",
      options: ["Android", "Windows NT", "systemd", "Linux", "Bash"],
      correct: [1, 3],
      explanation:
        "NT e Linux são kernels. O Android é um sistema completo que usa o kernel Linux, o systemd é o primeiro processo (init) e o Bash é um shell: os três rodam sobre um kernel.",
      timeLimitSec: 40,
    },
    {
      id: "kernel-17",
      type: "multiple",
      prompt: "Quais destas operações exigem que um programa faça uma chamada de sistema?",
      options: [
        "Abrir um arquivo no disco",
        "Escrever uma mensagem no terminal",
        "Enviar dados pela rede",
        "Criar um novo processo",
        "Ordenar uma lista que já está na memória",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "Arquivos, terminal, rede e processos são do kernel: pedem chamadas como `open`, `write`, `send` e `fork`. Ordenar dados já na memória do programa roda direto na CPU, sem o kernel.",
      timeLimitSec: 40,
    },
    // Polls and ordering questions come last, after the ids above, so every existing question keeps its
    // place in a game: the poll closes the class (a teacher who wants one to open it writes it in a copy).
    {
      id: "kernel-18",
      type: "poll",
      prompt: "Para fechar: no sistema que você mais usa no dia a dia, qual kernel está rodando agora?",
      options: ["NT (Windows)", "Linux (Linux, Android)", "XNU (macOS, iOS)", "Não sei dizer"],
      correct: [],
      explanation:
        "Não há resposta certa. Todo sistema tem um kernel, o núcleo que liga o software ao hardware: NT no Windows, Linux no Linux e no Android, XNU no macOS e no iOS.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-19",
      type: "ordering",
      prompt: "Ao ligar um computador com Linux, em que ordem estas partes entram em ação?",
      options: [
        "O firmware (UEFI ou BIOS)",
        "O bootloader (por exemplo, o GRUB)",
        "O kernel Linux",
        "O init, primeiro processo (hoje, em geral, o systemd)",
      ],
      correct: [0, 1, 2, 3],
      explanation:
        "O firmware inicia o hardware e chama o bootloader, que carrega o kernel; o kernel assume o hardware com seus drivers, como dizem as anotações, e inicia o init (PID 1), hoje em geral o systemd.",
      timeLimitSec: 45,
    },
    // Typed answers come after polls and ordering, for the same reason: every older question keeps its place.
    {
      id: "kernel-20",
      type: "typeAnswer",
      // "só a versão": uname -a shows it too, among everything else, and is not what is asked.
      prompt: "Qual comando mostra só a versão (release) do kernel em execução, como `6.8.0-45-generic`?",
      options: ["uname -r", "uname --kernel-release", "uname --release", "cat /proc/sys/kernel/osrelease"],
      correct: [],
      explanation:
        "O `uname -r` (ou `--kernel-release`) pergunta a release ao kernel; `/proc/sys/kernel/osrelease` tem o mesmo valor. Num container, dá a do host: o kernel é compartilhado.",
      timeLimitSec: 30,
    },
    // Slides and sliders come after the typed answer, for the same reason: every older question keeps
    // its place in a game (and in the tests that play the banks by position). The slide opens this last
    // block: it introduces what the questions after it ask.
    {
      id: "kernel-21",
      type: "slide",
      prompt: "Espaço de usuário e espaço do kernel",
      options: [],
      correct: [],
      explanation:
        "Os programas (navegador, editor, o `cat` do terminal) rodam no espaço de usuário, no modo restrito da CPU: não acessam o hardware nem a memória do kernel. O kernel roda no espaço do kernel, no modo privilegiado, com acesso total.\n\nQuando um programa precisa de algo que só o kernel controla (um arquivo, a rede, a tela, um novo processo), ele faz uma chamada de sistema (system call): a CPU passa para o modo kernel, o kernel confere as permissões, faz o trabalho com o driver certo e devolve o resultado ao programa.\n\n```sh\ncat /etc/hostname\n# por baixo, o cat pede ao kernel, entre outras coisas:\n#   openat  abrir o arquivo\n#   read    ler o conteúdo\n#   write   escrever no terminal (a saída padrão)\n#   close   fechar o arquivo\nstrace cat /etc/hostname   # lista cada chamada de sistema que o cat faz\n```\n\nÉ assim que o kernel “conecta o software ao hardware”, como dizem as anotações: o programa nunca fala direto com o disco, só com o kernel.",
      timeLimitSec: 20,
    },
    {
      id: "kernel-22",
      type: "slider",
      prompt: "Em que ano Linus Torvalds anunciou e publicou a primeira versão do kernel Linux?",
      options: [],
      correct: [],
      explanation:
        "Em 1991: Linus Torvalds, estudante em Helsinque, anunciou o Linux em agosto e publicou a versão 0.01 em setembro. Linux é o kernel; as distribuições e seus repositórios vêm em volta dele.",
      timeLimitSec: 30,
      // A year on a 40-year scale: only the exact year is right; a year or two off still earns part of the points.
      slider: { min: 1970, max: 2010, step: 1, answer: 1991, tolerance: 0, unit: "" },
    },
    // Newer questions (issue 12: topics of the class notes that had no question) come after the slides and
    // sliders, for the same reason: every older question keeps its place in a game.
    {
      id: "kernel-23",
      type: "single",
      // Each wrong option is a reading of "híbrido" students give: two CPUs, DOS + NT, Windows + Linux.
      prompt: "O kernel do Windows atual, o NT, é classificado como híbrido. O que isso quer dizer?",
      options: [
        "Que o mesmo kernel roda em CPUs x86 e também em ARM",
        "Que ainda mistura código do MS-DOS com o do NT",
        "Que une traços de microkernel e de kernel monolítico",
        "Que executa programas do Windows e, pelo WSL 2, do Linux",
      ],
      correct: [2],
      explanation:
        "O NT é modular como um microkernel, mas kernel, drivers e parte do sistema gráfico rodam no modo kernel, como num monolítico. O MS-DOS saiu com o XP; o WSL 2 roda o Linux numa VM.",
      timeLimitSec: 30,
    },
  ],
};
